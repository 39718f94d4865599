"use client";
// Booking an appointment: patient search, doctor (with working hours and free times), local date and time in
// hospital time, length, type, priority, reason. A clash or a refused time comes back under the time field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { APPOINTMENT_TYPES, PRIORITIES, type AppointmentType, type Priority } from "@/shared/enums";
import { useTRPC } from "@/components/trpc/client";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { API_FIELD_TO_FORM, bookingFormSchema, type BookingFormValues, type BookingInput } from "./booking-schema";
import { DialogFormFooter } from "./dialog-form-footer";
import { FieldErrorText } from "./field-error";
import { FreeTimes } from "./free-times";
import { useDoctorName } from "./labels";
import { PatientPicker, type PatientHit } from "./patient-picker";
import { placeServerError } from "./server-errors";
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
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const doctorName = useDoctorName();
  const refresh = useRefreshAppointments();
  const { config, openDetails } = useAppointmentsUi();
  const now = useNow();
  const messages = useBookingMessages();
  const [patient, setPatient] = useState<PatientHit | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
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
  const [doctorId, date, time, duration] = useWatch({
    control: form.control,
    name: ["doctorId", "date", "time", "durationMinutes"],
  });
  const hours = useQuery({ ...trpc.appointment.schedule.queryOptions({ doctorId }), enabled: !!doctorId });
  const optionLabel = (name: "type" | "priority", v: string) =>
    name === "type" ? t(`type.${v as AppointmentType}`) : t(`priority.${v as Priority}`);
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
      onError: (err) => setFormError(placeServerError(form, err, API_FIELD_TO_FORM)),
    }),
  );
  const submit = form.handleSubmit((input) => {
    setFormError(null);
    create.mutate(input);
  });

  return (
    <Dialog open onOpenChange={(open) => !open && !create.isPending && onClose()}>
      <DialogContent
        className="sm:max-w-2xl"
        closeLabel={tc("close")}
        // Escape in the open patient list closes the list, not the dialog
        onEscapeKeyDown={(e) => {
          if (document.activeElement?.getAttribute("aria-expanded") === "true") e.preventDefault();
        }}
      >
        <DialogHeader>
          <DialogTitle>{t("book.title")}</DialogTitle>
          <DialogDescription>{t("book.intro", { timeZone: config.timeZone })}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form noValidate onSubmit={submit} className="space-y-4">
            <fieldset disabled={create.isPending} className="grid gap-4 sm:grid-cols-6">
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
                    <FieldErrorText />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="doctorId"
                render={({ field }) => (
                  <FormItem className="sm:col-span-6">
                    <FormLabel>{t("book.doctor")}</FormLabel>
                    <FormControl>
                      <NativeSelect {...field}>
                        <option value="">{t("book.chooseDoctor")}</option>
                        {doctors.map((d) => (
                          <option key={d.id} value={d.id}>
                            {doctorName(d)}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    {hours.data && (
                      <FormDescription>
                        {t("book.workingHours", {
                          start: hours.data.workdayStart,
                          end: hours.data.workdayEnd,
                          days: format.list(hours.data.weekdays.map(dayName), { type: "unit", style: "short" }),
                        })}
                      </FormDescription>
                    )}
                    <FieldErrorText />
                  </FormItem>
                )}
              />
              <WhenInputs control={form.control} />
              <div className="sm:col-span-6">
                <FreeTimes
                  doctorId={doctorId}
                  date={date}
                  duration={duration}
                  hours={hours.data}
                  value={time}
                  onPick={(v) => form.setValue("time", v, { shouldValidate: true })}
                />
              </div>
              {(["type", "priority"] as const).map((name) => (
                <FormField
                  key={name}
                  control={form.control}
                  name={name}
                  render={({ field }) => (
                    <FormItem className="sm:col-span-3">
                      <FormLabel>{t(`book.${name}`)}</FormLabel>
                      <FormControl>
                        <NativeSelect {...field}>
                          {(name === "type" ? APPOINTMENT_TYPES : PRIORITIES).map((v) => (
                            <option key={v} value={v}>
                              {optionLabel(name, v)}
                            </option>
                          ))}
                        </NativeSelect>
                      </FormControl>
                      <FieldErrorText />
                    </FormItem>
                  )}
                />
              ))}
              <FormField
                control={form.control}
                name="reason"
                render={({ field }) => (
                  <FormItem className="sm:col-span-6">
                    <FormLabel>{t("book.reason")}</FormLabel>
                    <FormControl>
                      <Textarea rows={2} maxLength={500} placeholder={t("book.reasonPlaceholder")} {...field} />
                    </FormControl>
                    <FieldErrorText />
                  </FormItem>
                )}
              />
            </fieldset>
            <DialogFormFooter
              error={formError}
              pending={create.isPending}
              onCancel={onClose}
              cancelLabel={tc("cancel")}
              submitLabel={t("book.submit")}
              pendingLabel={t("book.submitting")}
            />
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
