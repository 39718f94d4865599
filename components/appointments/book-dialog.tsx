"use client";
// Booking an appointment: patient search, doctor (with working hours and free times), local date and time in
// hospital time, length, type, priority, reason. A clash or a refused time comes back under the time field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { APPOINTMENT_TYPES, PRIORITIES } from "@/shared/enums";
import { FormDialog, SelectField, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { API_FIELD_TO_FORM, bookingFormSchema, type BookingFormValues, type BookingInput } from "./booking-schema";
import { useDoctorName } from "./labels";
import { PatientPicker, type PatientHit } from "./patient-picker";
import { today } from "./time";
import type { BookingPrefill, Doctor } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useRefreshAppointments } from "./use-appointment-mutations";
import { useBookingMessages, WhenInputs } from "./when-inputs";

export function BookDialog({
  prefill,
  doctors,
  onClose,
}: {
  prefill: BookingPrefill;
  doctors: Doctor[];
  onClose: () => void;
}) {
  const t = useTranslations("appointments");
  const format = useFormatter();
  const trpc = useTRPC();
  const doctorName = useDoctorName();
  const refresh = useRefreshAppointments();
  const { config, openDetails } = useAppointmentsUi();
  const now = useNow();
  const messages = useBookingMessages();
  const [patient, setPatient] = useState<PatientHit | null>(null);
  const schema = useMemo(
    () => bookingFormSchema(messages, config.timeZone, config.horizonDays),
    [messages, config.timeZone, config.horizonDays],
  );
  const form = useForm<BookingFormValues, unknown, BookingInput>({
    resolver: zodResolver(schema),
    defaultValues: {
      patientId: "",
      doctorId: prefill.doctorId ?? config.selfDoctorId ?? (doctors.length === 1 ? doctors[0]!.id : ""),
      date: prefill.date ?? today(config.timeZone, now),
      time: prefill.time ?? "",
      durationMinutes: config.appointmentMinutes,
      type: "CONSULTATION",
      priority: "NORMAL",
      reason: "",
    },
  });
  const errors = useServerErrors(form, { pathMap: API_FIELD_TO_FORM });
  const doctorId = useWatch({ control: form.control, name: "doctorId" });
  const hours = useQuery({ ...trpc.appointment.schedule.queryOptions({ doctorId }), enabled: !!doctorId });
  const dayName = (d: number) =>
    format.dateTime(new Date(Date.UTC(2024, 0, d, 12)), { weekday: "short", timeZone: "UTC" });

  const create = useMutation(
    trpc.appointment.create.mutationOptions({
      onSuccess: (row) => {
        toast.success(t("book.booked", { number: row.number }), {
          duration: 10_000,
          action: { label: t("book.view"), onClick: () => openDetails(row.id) },
        });
        void refresh();
        onClose();
      },
      onError: errors.apply,
    }),
  );

  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={t("book.title")}
      description={t("book.intro", { timeZone: config.timeZone })}
      className="sm:max-w-2xl"
      bodyClassName="sm:grid-cols-6"
      // Escape in the open patient list closes the list, not the dialog
      contentProps={{
        onEscapeKeyDown: (e) => {
          if (document.activeElement?.getAttribute("aria-expanded") === "true") e.preventDefault();
        },
      }}
      onSubmit={(input) => create.mutate(input)}
      serverErrors={errors}
      pending={create.isPending}
      submitLabel={t("book.submit")}
      pendingLabel={t("book.submitting")}
    >
      <FormField
        control={form.control}
        name="patientId"
        render={({ field }) => (
          <FormItem className="sm:col-span-6">
            <FormLabel>{t("book.patient")}</FormLabel>
            <FormControl>
              <PatientPicker
                ref={field.ref}
                autoFocus
                selected={patient}
                onSelect={(p) => {
                  setPatient(p);
                  field.onChange(p?.id ?? "");
                }}
              />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <SelectField
        control={form.control}
        name="doctorId"
        label={t("book.doctor")}
        className="sm:col-span-6"
        placeholder={t("book.chooseDoctor")}
        options={doctors.map((d) => ({ value: d.id, label: doctorName(d) }))}
        description={
          hours.data &&
          t("book.workingHours", {
            start: hours.data.workdayStart,
            end: hours.data.workdayEnd,
            days: format.list(hours.data.weekdays.map(dayName), { type: "unit", style: "short" }),
          })
        }
      />
      <WhenInputs doctorId={doctorId} hours={hours.data} />
      <SelectField
        control={form.control}
        name="type"
        label={t("book.type")}
        className="sm:col-span-3"
        options={APPOINTMENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
      />
      <SelectField
        control={form.control}
        name="priority"
        label={t("book.priority")}
        className="sm:col-span-3"
        options={PRIORITIES.map((v) => ({ value: v, label: t(`priority.${v}`) }))}
      />
      <TextField
        control={form.control}
        name="reason"
        type="textarea"
        rows={2}
        maxLength={500}
        label={t("book.reason")}
        placeholder={t("book.reasonPlaceholder")}
        className="sm:col-span-6"
      />
    </FormDialog>
  );
}
