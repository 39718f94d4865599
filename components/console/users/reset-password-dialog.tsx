"use client";
// Setting a temporary password for a hospital account: its sessions end and it must choose its own at next sign-in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { passwordSchema } from "@/shared/users/schemas";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { applyServerError } from "../form-errors";
import { PasswordField } from "../password-field";
import type { PlatformUser } from "../types";
import { useRefreshUsers } from "./use-refresh-users";

const schema = z.object({ password: passwordSchema });

export function ResetPasswordDialog({ user, onClose }: { user: PlatformUser; onClose: () => void }) {
  const t = useTranslations("superadmin.users");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { password: "" } });
  const name = `${user.firstName} ${user.lastName}`;
  const reset = useMutation(
    trpc.platformUser.resetPassword.mutationOptions({
      onSuccess: () => {
        toast.success(t("passwordReset", { name }));
        refresh();
        onClose();
      },
      onError: (err) => setFormError(applyServerError(form, err, ["password"])),
    }),
  );
  return (
    <Dialog open onOpenChange={(open) => !open && !reset.isPending && onClose()}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("resetTitle", { name })}</DialogTitle>
          <DialogDescription>
            {t("resetIntro", { username: user.username, hospital: user.hospitalCode ?? "" })}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            noValidate
            className="space-y-4"
            onSubmit={form.handleSubmit((v) => reset.mutate({ id: user.id, password: v.password }))}
          >
            <fieldset disabled={reset.isPending}>
              <PasswordField
                control={form.control}
                name="password"
                label={t("temporaryPassword")}
                setValue={form.setValue}
                description={t("temporaryHint")}
              />
            </fieldset>
            {formError && (
              <Alert variant="destructive">
                <AlertDescription>{formError}</AlertDescription>
              </Alert>
            )}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose} disabled={reset.isPending}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={reset.isPending}>
                {reset.isPending ? tc("saving") : t("resetPassword")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
