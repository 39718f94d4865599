"use client";
// An administrator sets one doctor's working hours and days (appointment.setSchedule), validated with the server's
// own schema. Bookings outside them are refused by the server.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm, type FieldError } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { scheduleSchema } from "@/shared/appointments/schemas";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { DialogFormFooter } from "./dialog-form-footer";
import { FieldErrorText } from "./field-error";
import { useDoctorName } from "./labels";
import type { Doctor } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useRefreshAppointments } from "./use-appointment-mutations";

type Values = z.input<typeof scheduleSchema>;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function WorkingHoursDialog({ doctor, onClose }: { doctor: Doctor; onClose: () => void }) {
  const t = useTranslations("appointments.hours");
  const tc = useTranslations("common");
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
  const save = useMutation(
    trpc.appointment.setSchedule.mutationOptions({
      onSuccess: () => {
        toast.success(t("saved"));
        void refresh();
        onClose();
      },
      onError: (err) => {
        const info = errorInfo(err);
        const field = info.issues?.[0]?.path ?? info.field;
        if (field === "workdayStart" || field === "workdayEnd" || field === "weekdays")
          form.setError(
            field,
            { type: "server", message: info.message.replace(/^[\w.]+: /, "") },
            { shouldFocus: true },
          );
        else toast.error(info.message);
      },
    }),
  );
  // the shared schema speaks English; its checks are told in the UI's language by kind
  const message = (e: FieldError | undefined) =>
    !e
      ? null
      : e.type === "server"
        ? e.message
        : e.type === "custom"
          ? t("endAfterStart")
          : e.type === "too_small"
            ? t("pickDay")
            : t("invalidTime");
  // a Monday, to name the weekdays in the UI's language
  const dayName = (d: number) =>
    format.dateTime(new Date(Date.UTC(2024, 0, d, 12)), { weekday: "long", timeZone: "UTC" });

  return (
    <Dialog open onOpenChange={(open) => !open && !save.isPending && onClose()}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("title", { doctor: doctorName(doctor) })}</DialogTitle>
          <DialogDescription>{t("intro", { timeZone: config.timeZone })}</DialogDescription>
        </DialogHeader>
        {current.isLoading ? (
          <Skeleton className="h-48 w-full" />
        ) : (
          <Form {...form}>
            <form noValidate className="space-y-4" onSubmit={form.handleSubmit((v) => save.mutate(v))}>
              <fieldset disabled={save.isPending} className="grid gap-4 sm:grid-cols-2">
                {(["workdayStart", "workdayEnd"] as const).map((name) => (
                  <FormField
                    key={name}
                    control={form.control}
                    name={name}
                    render={({ field, fieldState }) => (
                      <FormItem>
                        <FormLabel>{t(name === "workdayStart" ? "start" : "end")}</FormLabel>
                        <FormControl>
                          <Input type="time" step={300} dir="ltr" {...field} />
                        </FormControl>
                        <FieldErrorText>{message(fieldState.error)}</FieldErrorText>
                      </FormItem>
                    )}
                  />
                ))}
                <FormField
                  control={form.control}
                  name="weekdays"
                  render={({ field, fieldState }) => (
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
                      <FieldErrorText>{message(fieldState.error)}</FieldErrorText>
                    </FormItem>
                  )}
                />
              </fieldset>
              <DialogFormFooter
                pending={save.isPending}
                onCancel={onClose}
                cancelLabel={tc("cancel")}
                submitLabel={tc("save")}
                pendingLabel={tc("saving")}
              />
            </form>
          </Form>
        )}
      </DialogContent>
    </Dialog>
  );
}
