"use client";
// Choosing a new password (after a reset, or from the security page): the current one, the new one twice.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { FormError, PasswordField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";

export function ChangePasswordForm({ after = "/" }: { after?: string }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const schema = useMemo(
    () =>
      z
        .object({ currentPassword: z.string().min(1), newPassword: z.string().min(8).max(256), confirm: z.string() })
        .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: t("passwordsDiffer") }),
    [t],
  );
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "", confirm: "" },
  });
  const errors = useServerErrors(form, { fields: ["currentPassword", "newPassword"] });
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => {
        toast.success(t("passwordChanged"));
        router.replace(after);
        router.refresh();
      },
      onError: errors.apply,
    }),
  );
  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit((v) => {
          errors.clear();
          change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword });
        })}
        className="flex flex-col gap-4"
        noValidate
      >
        <PasswordField
          control={form.control}
          name="currentPassword"
          label={t("currentPassword")}
          autoComplete="current-password"
        />
        <PasswordField
          control={form.control}
          name="newPassword"
          label={t("newPassword")}
          description={t("passwordRules")}
        />
        <PasswordField control={form.control} name="confirm" label={t("confirmPassword")} />
        <FormError message={errors.formError} />
        <Button type="submit" disabled={change.isPending}>
          {change.isPending && <Spinner aria-hidden />}
          {t("changePasswordTitle")}
        </Button>
      </form>
    </Form>
  );
}
