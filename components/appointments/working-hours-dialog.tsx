"use client";
// An administrator sets one doctor's working hours and days (appointment.setSchedule), validated with the server's
// own schema. Bookings outside them are refused by the server.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { scheduleSchema } from "@/shared/appointments/schemas";
import { FormDialog, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField, FormItem, FormMessage } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { useDoctorName } from "./labels";
import type { Doctor } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useRefreshAppointments } from "./use-appointment-mutations";

type Values = z.input<typeof scheduleSchema>;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function WorkingHoursDialog({ doctor, onClose }: { doctor: Doctor; onClose: () => void }) {
  const t = useTranslations("appointments.hours");
  const format = useFormatter();
  const trpc = useTRPC();
  const doctorName = useDoctorName();
  const refresh = useRefreshAppointments();
  const { config } = useAppointmentsUi();
  const current = useQuery(trpc.appointment.schedule.queryOptions({ doctorId: doctor.id }));
  const form = useForm<Values, unknown, z.output<typeof scheduleSchema>>({
    resolver: zodResolver(scheduleSchema),
    defaultValues: { doctorId: doctor.id, workdayStart: "08:00", workdayEnd: "17:00", weekdays: [1, 2, 3, 4, 5] },
  });
  const { reset } = form;
  useEffect(() => {
    if (current.data)
      reset({
        doctorId: doctor.id,
        workdayStart: current.data.workdayStart,
        workdayEnd: current.data.workdayEnd,
        weekdays: current.data.weekdays,
      });
  }, [current.data, doctor.id, reset]);
  const errors = useServerErrors(form, { fields: ["workdayStart", "workdayEnd", "weekdays"] });
  const save = useMutation(
    trpc.appointment.setSchedule.mutationOptions({
      onSuccess: () => {
        toast.success(t("saved"));
        void refresh();
        onClose();
      },
      onError: errors.apply,
    }),
  );
  // a Monday, to name the weekdays in the UI's language
  const dayName = (d: number) =>
    format.dateTime(new Date(Date.UTC(2024, 0, d, 12)), { weekday: "long", timeZone: "UTC" });

  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={t("title", { doctor: doctorName(doctor) })}
      description={t("intro", { timeZone: config.timeZone })}
      bodyClassName="sm:grid-cols-2"
      result={current.isLoading ? <Skeleton className="h-48 w-full" /> : undefined}
      onSubmit={(v) => save.mutate(v)}
      serverErrors={errors}
      pending={save.isPending}
    >
      <TextField control={form.control} name="workdayStart" label={t("start")} type="time" step={300} dir="ltr" />
      <TextField control={form.control} name="workdayEnd" label={t("end")} type="time" step={300} dir="ltr" />
      <FormField
        control={form.control}
        name="weekdays"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <fieldset className="space-y-2">
              <legend className="mb-2 text-sm font-medium">{t("days")}</legend>
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                {WEEKDAYS.map((d) => (
                  <div key={d} className="flex items-center gap-2">
                    <Checkbox
                      id={`weekday-${d}`}
                      checked={field.value.includes(d)}
                      onCheckedChange={(on) =>
                        field.onChange(
                          on ? [...field.value, d].sort((a, b) => a - b) : field.value.filter((x) => x !== d),
                        )
                      }
                    />
                    <Label htmlFor={`weekday-${d}`} className="font-normal">
                      {dayName(d)}
                    </Label>
                  </div>
                ))}
              </div>
            </fieldset>
            <FormMessage />
          </FormItem>
        )}
      />
    </FormDialog>
  );
}
