"use client";
// The free start times of a doctor on one day (hospital time), for a booking length: inside working hours, not in
// the past, not overlapping an appointment that holds the doctor's time. One click fills the time field.
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useId } from "react";
import { ACTIVE_STATUSES } from "@/shared/appointments/rules";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { hhmm, isoWeekday, localParts, minutesOf, zonedInstant } from "./time";
import type { WorkingHours } from "./types";
import { useAppointmentsUi } from "./ui-context";

type Props = {
  doctorId: string;
  date: string;
  duration: number;
  hours: WorkingHours | undefined;
  value: string;
  onPick: (time: string) => void;
  /** the appointment being moved does not block its own new time */
  ignoreId?: string;
};

export function FreeTimes({ doctorId, date, duration, hours, value, onPick, ignoreId }: Props) {
  const t = useTranslations("appointments.book");
  const format = useFormatter();
  const trpc = useTRPC();
  const labelId = useId();
  const now = useNow({ updateInterval: 60_000 });
  const { config } = useAppointmentsUi();
  const valid = !!doctorId && /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(duration) && duration >= 5;
  const day = useQuery({
    ...trpc.appointment.list.queryOptions({ from: date, to: date, doctorId, limit: 500 }),
    enabled: valid,
  });
  if (!valid || !hours) return null;
  if (!hours.weekdays.includes(isoWeekday(date)))
    return <p className="text-sm text-muted-foreground">{t("notWorking")}</p>;
  if (!day.data) return <Skeleton className="h-8 w-full" />;

  const busy = day.data.items
    .filter((a) => ACTIVE_STATUSES.includes(a.status) && a.id !== ignoreId)
    .map((a) => {
      const start = localParts(a.startsAt, config.timeZone).minuteOfDay;
      return [start, start + Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000)] as const;
    });
  const step = Math.max(5, config.appointmentMinutes);
  const latest = now.getTime() + config.horizonDays * 86_400_000;
  const free: number[] = [];
  for (let m = minutesOf(hours.workdayStart); m + duration <= minutesOf(hours.workdayEnd); m += step) {
    const at = zonedInstant(date, hhmm(m), config.timeZone).getTime();
    if (at < now.getTime() || at > latest || busy.some(([s, e]) => s < m + duration && e > m)) continue;
    free.push(m);
  }

  return (
    <div className="space-y-1.5">
      <p id={labelId} className="text-sm font-medium">
        {t("freeTimes")}
      </p>
      {free.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noFreeTimes")}</p>
      ) : (
        <div role="group" aria-labelledby={labelId} className="flex max-h-28 flex-wrap gap-1.5 overflow-y-auto p-0.5">
          {free.map((m) => (
            <Button
              key={m}
              type="button"
              size="sm"
              className="h-7 px-2 tabular-nums"
              variant={value === hhmm(m) ? "default" : "outline"}
              aria-pressed={value === hhmm(m)}
              onClick={() => onPick(hhmm(m))}
            >
              {format.dateTime(zonedInstant(date, hhmm(m), config.timeZone), {
                hour: "numeric",
                minute: "2-digit",
                timeZone: config.timeZone,
              })}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
