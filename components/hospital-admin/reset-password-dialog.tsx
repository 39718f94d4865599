"use client";
// An administrator sets a temporary password; the person must choose their own at next sign-in, and is signed out.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
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
import { passwordSchema } from "@/shared/users/schemas";
import { showServerError } from "./form-errors";
import { TemporaryPasswordField, temporaryPassword } from "./staff-fields";
import type { StaffRow } from "./staff-types";

const schema = z.object({ password: passwordSchema });

export function ResetPasswordDialog({ staff, onClose }: { staff: StaffRow; onClose: () => void }) {
  const t = useTranslations("hospitalAdmin.staff");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { password: temporaryPassword() },
  });
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onSuccess: () => {
        toast.success(t("passwordReset", { name: `${staff.firstName} ${staff.lastName}` }));
        void qc.invalidateQueries(trpc.user.list.pathFilter());
        onClose();
      },
      onError: (e) => showServerError(form, e),
    }),
  );
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("resetPasswordTitle", { name: `${staff.firstName} ${staff.lastName}` })}</DialogTitle>
          <DialogDescription>{t("resetPasswordIntro")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit((v) => reset.mutate({ id: staff.id, password: v.password }))}
            noValidate
            className="grid gap-4"
          >
            <TemporaryPasswordField control={form.control} name="password" label={t("temporaryPassword")} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={reset.isPending}>
                {t("resetPassword")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
