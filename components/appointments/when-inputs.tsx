"use client";
// Date, time and length of an appointment, in hospital time, with the doctor's free times: shared by booking and
// rescheduling (inside their <Form>). The date picker only offers today up to the booking horizon.
import { useNow, useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { NumberField, TextField } from "@/components/form";
import type { BookingMessages } from "./booking-schema";
import { FreeTimes } from "./free-times";
import { addDays, today } from "./time";
import type { WorkingHours } from "./types";
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

/** date, time and length, then the doctor's free times of that day (one click fills the time) */
export function WhenInputs(props: { doctorId: string; hours: WorkingHours | undefined; ignoreId?: string }) {
  const t = useTranslations("appointments.book");
  const { config } = useAppointmentsUi();
  const now = useNow({ updateInterval: 60_000 });
  const first = today(config.timeZone, now);
  const { control, setValue } = useFormContext<WhenValues>();
  const [date, time, duration] = useWatch({ control, name: ["date", "time", "durationMinutes"] });
  return (
    <>
      <TextField<WhenValues>
        name="date"
        label={t("date")}
        type="date"
        min={first}
        max={addDays(first, config.horizonDays)}
        className="sm:col-span-2"
      />
      <TextField<WhenValues> name="time" label={t("time")} type="time" step={300} className="sm:col-span-2" />
      <NumberField<WhenValues>
        name="durationMinutes"
        label={t("duration")}
        integer
        min={5}
        max={240}
        step={5}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-6">
        <FreeTimes
          doctorId={props.doctorId}
          date={date}
          duration={duration}
          hours={props.hours}
          value={time}
          ignoreId={props.ignoreId}
          onPick={(v) => setValue("time", v, { shouldValidate: true })}
        />
      </div>
    </>
  );
}
