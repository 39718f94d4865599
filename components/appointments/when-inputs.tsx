"use client";
// Date, time and length of an appointment, in hospital time: shared by booking and rescheduling. The date picker
// only offers today up to the booking horizon.
import { useNow, useTranslations } from "next-intl";
import type { Control, FieldValues } from "react-hook-form";
import { FormControl, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { FieldErrorText } from "./field-error";
import type { BookingMessages } from "./booking-schema";
import { addDays, today } from "./time";
import { useAppointmentsUi } from "./ui-context";

type WhenValues = { date: string; time: string; durationMinutes: number };

export function useBookingMessages(): BookingMessages {
  const t = useTranslations("appointments.validation");
  const { config } = useAppointmentsUi();
  return {
    patient: t("patient"),
    doctor: t("doctor"),
    date: t("date"),
    time: t("time"),
    past: t("past"),
    horizon: t("horizon", { days: config.horizonDays }),
    duration: t("duration"),
    reasonLength: t("reasonLength"),
  };
}

export function WhenInputs<T extends FieldValues & WhenValues, U>({ control }: { control: Control<T, unknown, U> }) {
  const t = useTranslations("appointments.book");
  const { config } = useAppointmentsUi();
  const now = useNow({ updateInterval: 60_000 });
  const c = control as unknown as Control<WhenValues>;
  const first = today(config.timeZone, now);
  return (
    <>
      <FormField
        control={c}
        name="date"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>{t("date")}</FormLabel>
            <FormControl>
              <Input type="date" min={first} max={addDays(first, config.horizonDays)} {...field} />
            </FormControl>
            <FieldErrorText />
          </FormItem>
        )}
      />
      <FormField
        control={c}
        name="time"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>{t("time")}</FormLabel>
            <FormControl>
              <Input type="time" step={300} {...field} />
            </FormControl>
            <FieldErrorText />
          </FormItem>
        )}
      />
      <FormField
        control={c}
        name="durationMinutes"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>{t("duration")}</FormLabel>
            <FormControl>
              <Input
                type="number"
                inputMode="numeric"
                min={5}
                max={240}
                step={5}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={Number.isNaN(field.value) ? "" : field.value}
                onChange={(e) => field.onChange(e.target.valueAsNumber)}
              />
            </FormControl>
            <FieldErrorText />
          </FormItem>
        )}
      />
    </>
  );
}
