"use client";
// Cancelling (a reason is required, and a late cancellation is flagged) or marking a no-show (an optional note):
// both are final, so both ask first. The reason goes into the appointment's history.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import { useNow, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import { DialogFormFooter } from "./dialog-form-footer";
import { FieldErrorText } from "./field-error";
import { placeServerError } from "./server-errors";
import type { AppointmentRef } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useRefreshAppointments } from "./use-appointment-mutations";

export function StatusReasonDialog({
  kind,
  appointment,
  onClose,
}: {
  kind: "cancel" | "noShow";
  appointment: AppointmentRef;
  onClose: () => void;
}) {
  const t = useTranslations("appointments");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshAppointments();
  const { config } = useAppointmentsUi();
  const now = useNow();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => {
    const reason = z.string().trim().max(500, t("validation.reasonLength"));
    return z.object({ reason: kind === "cancel" ? reason.min(1, t("validation.reasonRequired")) : reason });
  }, [kind, t]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: "" },
  });
  const done = (message: string) => {
    toast.success(message);
    void refresh();
    onClose();
  };
  const onError = (err: unknown) => {
    setFormError(placeServerError(form, err, { reason: "reason" }));
    void refresh();
  };
  const cancel = useMutation(
    trpc.appointment.cancel.mutationOptions({
      onSuccess: (r) => done(t("cancel.done", { number: r.number })),
      onError,
    }),
  );
  const noShow = useMutation(
    trpc.appointment.updateStatus.mutationOptions({
      onSuccess: (r) => done(t("action.changed", { number: r.number, status: t("status.NO_SHOW") })),
      onError,
    }),
  );
  const pending = cancel.isPending || noShow.isPending;
  const late =
    kind === "cancel" && appointment.startsAt.getTime() - now.getTime() < config.cancellationWindowHours * 3_600_000;
  const submit = form.handleSubmit(({ reason }) => {
    setFormError(null);
    if (kind === "cancel") cancel.mutate({ id: appointment.id, reason });
    else noShow.mutate({ id: appointment.id, status: "NO_SHOW", reason });
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !pending && onClose()}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>
            {kind === "cancel"
              ? t("cancel.title", { number: appointment.number })
              : t("noShow.title", { number: appointment.number })}
          </DialogTitle>
          <DialogDescription>{kind === "cancel" ? t("cancel.intro") : t("noShow.intro")}</DialogDescription>
        </DialogHeader>
        {late && (
          <Alert variant="warning">
            <TriangleAlert aria-hidden />
            <AlertDescription>{t("cancel.lateWarning", { hours: config.cancellationWindowHours })}</AlertDescription>
          </Alert>
        )}
        <Form {...form}>
          <form noValidate onSubmit={submit} className="space-y-4">
            <FormField
              control={form.control}
              name="reason"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{kind === "cancel" ? t("cancel.reason") : t("noShow.reason")}</FormLabel>
                  <FormControl>
                    <Textarea autoFocus rows={3} maxLength={500} disabled={pending} {...field} />
                  </FormControl>
                  <FieldErrorText />
                </FormItem>
              )}
            />
            <DialogFormFooter
              error={formError}
              pending={pending}
              onCancel={onClose}
              cancelLabel={kind === "cancel" ? t("cancel.keep") : tc("cancel")}
              submitLabel={kind === "cancel" ? t("cancel.submit") : t("noShow.submit")}
              pendingLabel={tc("saving")}
              keepLabelWhilePending
              destructive
            />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
