"use client";
// A hospital user redeems a one-time code from the console (a new account's setup code or a password reset code) by
// choosing their own password, then signs in with it as usual.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormError, PasswordField, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { redeemAccountCodeSchema } from "@/shared/users/schemas";

export function RedeemCodeForm() {
  const t = useTranslations("auth.redeem");
  const tAuth = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const schema = useMemo(
    () =>
      redeemAccountCodeSchema
        .extend({ confirm: z.string() })
        .refine((v) => v.password === v.confirm, { path: ["confirm"], message: tAuth("passwordsDiffer") }),
    [tAuth],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: "", code: "", password: "", confirm: "" },
  });
  const errors = useServerErrors(form, { fields: ["username", "code", "password"] });
  const redeem = useMutation(
    trpc.account.redeemCode.mutationOptions({
      onSuccess: () => router.push("/auth/login?notice=password-set"),
      onError: errors.apply,
    }),
  );
  const c = form.control;
  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit(({ confirm: _confirm, ...input }) => {
          errors.clear();
          redeem.mutate(input);
        })}
        noValidate
        className="flex flex-col gap-4"
      >
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        <TextField
          control={c}
          name="username"
          label={t("username")}
          dir="ltr"
          autoCapitalize="none"
          spellCheck={false}
          autoComplete="username"
        />
        <TextField
          control={c}
          name="code"
          label={t("code")}
          description={t("codeHint")}
          dir="ltr"
          autoCapitalize="characters"
          spellCheck={false}
          autoComplete="one-time-code"
          maxLength={64}
          transform={(v) => v.toUpperCase()}
          inputClassName="font-mono tracking-wider"
        />
        <PasswordField control={c} name="password" label={t("newPassword")} description={tAuth("passwordRules")} />
        <PasswordField control={c} name="confirm" label={t("confirm")} />
        <FormError message={errors.formError} />
        <Button type="submit" disabled={redeem.isPending || redeem.isSuccess} className="w-full">
          {redeem.isPending && <Spinner aria-hidden />}
          {redeem.isPending ? t("submitting") : t("submit")}
        </Button>
        <p className="text-center text-sm">
          <Link href="/auth/login" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </form>
    </Form>
  );
}
