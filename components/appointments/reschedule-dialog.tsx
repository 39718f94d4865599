"use client";
// Moving an appointment to another time with the same doctor: the old one stays in the history as RESCHEDULED and
// a new one (with a new number) takes the new time. Free times of the day are offered; a clash comes back under the
// time field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { FormDialog, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { checkWhen, whenFields } from "./booking-schema";
import { localDateTime, zonedInstant } from "./time";
import type { AppointmentRef } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useRefreshAppointments } from "./use-appointment-mutations";
import { useBookingMessages, WhenInputs } from "./when-inputs";

const PATHS = { startsAt: "time" };

export function RescheduleDialog({ appointment, onClose }: { appointment: AppointmentRef; onClose: () => void }) {
  const t = useTranslations("appointments");
  const trpc = useTRPC();
  const refresh = useRefreshAppointments();
  const { config, openDetails } = useAppointmentsUi();
  const messages = useBookingMessages();
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
  const errors = useServerErrors(form, { pathMap: PATHS, fields: ["time", "durationMinutes", "reason"] });
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
        errors.apply(err);
        void refresh();
      },
    }),
  );

  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={t("reschedule.title", { number: appointment.number })}
      description={t("reschedule.intro")}
      className="sm:max-w-xl"
      bodyClassName="sm:grid-cols-6"
      onSubmit={(v) =>
        move.mutate({
          id: appointment.id,
          startsAt: zonedInstant(v.date, v.time, config.timeZone),
          durationMinutes: v.durationMinutes,
          reason: v.reason,
        })
      }
      serverErrors={errors}
      pending={move.isPending}
      submitLabel={t("reschedule.submit")}
      pendingLabel={t("reschedule.submitting")}
    >
      <WhenInputs doctorId={appointment.doctorId} hours={hours.data} ignoreId={appointment.id} />
      <TextField
        control={form.control}
        name="reason"
        type="textarea"
        rows={2}
        maxLength={500}
        label={t("reschedule.reason")}
        className="sm:col-span-6"
      />
    </FormDialog>
  );
}
