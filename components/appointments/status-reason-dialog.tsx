"use client";
// Cancelling (a reason is required, and a late cancellation is flagged) or marking a no-show (an optional note):
// both are final, so both ask first. The reason goes into the appointment's history.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import { useNow, useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { FormDialog, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
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
  const schema = useMemo(() => {
    const reason = z.string().trim().max(500, t("validation.reasonLength"));
    return z.object({ reason: kind === "cancel" ? reason.min(1, t("validation.reasonRequired")) : reason });
  }, [kind, t]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: "" },
  });
  const errors = useServerErrors(form, { fields: ["reason"] });
  const done = (message: string) => {
    toast.success(message);
    void refresh();
    onClose();
  };
  const onError = (err: unknown) => {
    errors.apply(err);
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
  const late =
    kind === "cancel" && appointment.startsAt.getTime() - now.getTime() < config.cancellationWindowHours * 3_600_000;

  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={
        kind === "cancel"
          ? t("cancel.title", { number: appointment.number })
          : t("noShow.title", { number: appointment.number })
      }
      description={kind === "cancel" ? t("cancel.intro") : t("noShow.intro")}
      intro={
        late && (
          <Alert variant="warning">
            <TriangleAlert aria-hidden />
            <AlertDescription>{t("cancel.lateWarning", { hours: config.cancellationWindowHours })}</AlertDescription>
          </Alert>
        )
      }
      onSubmit={({ reason }) =>
        kind === "cancel"
          ? cancel.mutate({ id: appointment.id, reason })
          : noShow.mutate({ id: appointment.id, status: "NO_SHOW", reason })
      }
      serverErrors={errors}
      pending={cancel.isPending || noShow.isPending}
      cancelLabel={kind === "cancel" ? t("cancel.keep") : tc("cancel")}
      submitLabel={kind === "cancel" ? t("cancel.submit") : t("noShow.submit")}
      keepLabelWhilePending
      destructive
    >
      <TextField
        control={form.control}
        name="reason"
        type="textarea"
        autoFocus
        rows={3}
        maxLength={500}
        label={kind === "cancel" ? t("cancel.reason") : t("noShow.reason")}
      />
    </FormDialog>
  );
}
