"use client";
// Moving an appointment to another time with the same doctor: the old one stays in the history as RESCHEDULED and
// a new one (with a new number) takes the new time. Free times of the day are offered; a clash comes back under the
// time field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Textarea } from "@/components/ui/textarea";
import { checkWhen, whenFields } from "./booking-schema";
import { DialogFormFooter } from "./dialog-form-footer";
import { FieldErrorText } from "./field-error";
import { FreeTimes } from "./free-times";
import { placeServerError } from "./server-errors";
import { localDateTime, zonedInstant } from "./time";
import type { AppointmentRef } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useRefreshAppointments } from "./use-appointment-mutations";
import { useBookingMessages, WhenInputs } from "./when-inputs";

export function RescheduleDialog({ appointment, onClose }: { appointment: AppointmentRef; onClose: () => void }) {
  const t = useTranslations("appointments");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshAppointments();
  const { config, openDetails } = useAppointmentsUi();
  const messages = useBookingMessages();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z
        .object(whenFields(messages))
        .superRefine((v, ctx) => checkWhen(v, ctx, messages, config.timeZone, config.horizonDays)),
    [messages, config.timeZone, config.horizonDays],
  );
  const current = localDateTime(appointment.startsAt, config.timeZone);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { date: current.date, time: "", durationMinutes: appointment.durationMinutes, reason: "" },
  });
  const [date, time, duration] = useWatch({ control: form.control, name: ["date", "time", "durationMinutes"] });
  const hours = useQuery(trpc.appointment.schedule.queryOptions({ doctorId: appointment.doctorId }));
  const move = useMutation(
    trpc.appointment.reschedule.mutationOptions({
      onSuccess: (row) => {
        toast.success(t("reschedule.done", { number: row.number }), {
          action: { label: t("book.view"), onClick: () => openDetails(row.id) },
        });
        void refresh();
        onClose();
      },
      onError: (err) => {
        setFormError(
          placeServerError(form, err, { startsAt: "time", durationMinutes: "durationMinutes", reason: "reason" }),
        );
        void refresh();
      },
    }),
  );
  const submit = form.handleSubmit((v) => {
    setFormError(null);
    move.mutate({
      id: appointment.id,
      startsAt: zonedInstant(v.date, v.time, config.timeZone),
      durationMinutes: v.durationMinutes,
      reason: v.reason,
    });
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !move.isPending && onClose()}>
      <DialogContent className="sm:max-w-xl" closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("reschedule.title", { number: appointment.number })}</DialogTitle>
          <DialogDescription>{t("reschedule.intro")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form noValidate onSubmit={submit} className="space-y-4">
            <fieldset disabled={move.isPending} className="grid gap-4 sm:grid-cols-6">
              <WhenInputs control={form.control} />
              <div className="sm:col-span-6">
                <FreeTimes
                  doctorId={appointment.doctorId}
                  date={date}
                  duration={duration}
                  hours={hours.data}
                  value={time}
                  ignoreId={appointment.id}
                  onPick={(v) => form.setValue("time", v, { shouldValidate: true })}
                />
              </div>
              <FormField
                control={form.control}
                name="reason"
                render={({ field }) => (
                  <FormItem className="sm:col-span-6">
                    <FormLabel>{t("reschedule.reason")}</FormLabel>
                    <FormControl>
                      <Textarea rows={2} maxLength={500} {...field} />
                    </FormControl>
                    <FieldErrorText />
                  </FormItem>
                )}
              />
            </fieldset>
            <DialogFormFooter
              error={formError}
              pending={move.isPending}
              onCancel={onClose}
              cancelLabel={tc("cancel")}
              submitLabel={t("reschedule.submit")}
              pendingLabel={t("reschedule.submitting")}
            />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
