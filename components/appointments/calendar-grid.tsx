"use client";
// The time grid of a doctor's day or week: hours down the side, one column per day, appointments as blocks placed
// by their local start and length. Free slots in working hours can be clicked to book (mouse shortcut: the "Book
// appointment" button does the same from the keyboard).
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/utils";
import { gridBounds, type Placed } from "./calendar-layout";
import { STATUS_STYLES } from "./labels";
import { hhmm, isoWeekday, minutesOf, noonOf, zonedInstant } from "./time";
import type { AppointmentRow, WorkingHours } from "./types";

const PX_PER_MINUTE = 1.2;

type Props = {
  days: string[];
  placed: Map<string, Placed<AppointmentRow>[]>;
  hours: Pick<WorkingHours, "workdayStart" | "workdayEnd" | "weekdays">;
  today: string;
  now: Date;
  timeZone: string;
  slotMinutes: number;
  /** latest bookable instant (booking horizon); null: booking not allowed for this user */
  bookableUntil: Date | null;
  onOpen: (id: string) => void;
  onSlot: (date: string, time: string) => void;
};

export function CalendarGrid(p: Props) {
  const t = useTranslations("appointments");
  const format = useFormatter();
  const workStart = minutesOf(p.hours.workdayStart);
  const workEnd = minutesOf(p.hours.workdayEnd);
  const [lo, hi] = gridBounds(workStart, workEnd, p.placed.values());
  const height = (hi - lo) * PX_PER_MINUTE;
  const y = (minute: number) => (minute - lo) * PX_PER_MINUTE;
  const clock = (date: string, minute: number) =>
    format.dateTime(zonedInstant(date, hhmm(minute), p.timeZone), {
      hour: "numeric",
      minute: "2-digit",
      timeZone: p.timeZone,
    });
  const hourMarks = Array.from({ length: (hi - lo) / 60 + 1 }, (_, i) => lo + i * 60);
  const nowMinute = Math.round((p.now.getTime() - zonedInstant(p.today, "00:00", p.timeZone).getTime()) / 60_000);

  return (
    <div className="overflow-x-auto rounded-lg border">
      <div
        className={cn("grid", p.days.length > 1 && "min-w-[720px]")}
        style={{ gridTemplateColumns: `3.5rem repeat(${p.days.length}, minmax(0, 1fr))` }}
      >
        <div className="sticky start-0 border-b bg-background" />
        {p.days.map((d) => (
          <div
            key={d}
            className={cn(
              "border-b border-s px-2 py-2 text-center text-sm",
              d === p.today && "bg-primary/5 font-semibold text-primary",
            )}
          >
            {format.dateTime(noonOf(d, p.timeZone), {
              weekday: "short",
              day: "numeric",
              month: "short",
              timeZone: p.timeZone,
            })}
            {!p.hours.weekdays.includes(isoWeekday(d)) && (
              <div className="text-xs font-normal text-muted-foreground">{t("calendar.dayOff")}</div>
            )}
          </div>
        ))}

        <div className="relative" style={{ height }} aria-hidden>
          {hourMarks.slice(0, -1).map((m) => (
            <div
              key={m}
              className="absolute end-1 -translate-y-1/2 text-xs text-muted-foreground tabular-nums first:translate-y-0"
              style={{ top: y(m) }}
            >
              {clock(p.days[0]!, m)}
            </div>
          ))}
        </div>

        {p.days.map((d) => {
          const working = p.hours.weekdays.includes(isoWeekday(d));
          const events = p.placed.get(d) ?? [];
          return (
            <div key={d} className="relative border-s bg-muted/40" style={{ height }}>
              {working && (
                <div
                  className="absolute inset-x-0 bg-background"
                  style={{ top: y(workStart), height: (workEnd - workStart) * PX_PER_MINUTE }}
                  aria-hidden
                />
              )}
              {hourMarks.map((m) => (
                <div
                  key={m}
                  className="absolute inset-x-0 border-t border-dashed border-border/70"
                  style={{ top: y(m) }}
                  aria-hidden
                />
              ))}
              {working && p.bookableUntil && (
                <FreeSlots date={d} from={workStart} to={workEnd} events={events} {...p} y={y} clock={clock} />
              )}
              {d === p.today && nowMinute >= lo && nowMinute <= hi && (
                <div
                  className="pointer-events-none absolute inset-x-0 z-20 border-t-2 border-destructive"
                  style={{ top: y(nowMinute) }}
                  title={t("calendar.now")}
                  aria-hidden
                />
              )}
              {events.map((e) => (
                <button
                  key={e.item.id}
                  type="button"
                  onClick={() => p.onOpen(e.item.id)}
                  data-testid="calendar-block"
                  aria-label={t("calendar.block", {
                    time: clock(d, e.start),
                    patient: `${e.item.patient.firstName} ${e.item.patient.lastName}`,
                    status: t(`status.${e.item.status}`),
                  })}
                  className={cn(
                    "absolute z-10 overflow-hidden rounded-md border px-1.5 py-0.5 text-start text-xs leading-tight shadow-xs outline-none hover:brightness-95 focus-visible:ring-[3px] focus-visible:ring-ring/60",
                    STATUS_STYLES[e.item.status],
                    e.item.priority === "URGENT" && "border-s-4 border-s-destructive",
                    e.item.priority === "HIGH" && "border-s-4 border-s-warning",
                  )}
                  style={{
                    top: y(e.start) + 1,
                    height: Math.max(18, (e.end - e.start) * PX_PER_MINUTE - 2),
                    insetInlineStart: `calc(${(e.lane / e.lanes) * 100}% + 2px)`,
                    width: `calc(${100 / e.lanes}% - 4px)`,
                  }}
                >
                  <span className="font-medium tabular-nums">{clock(d, e.start)}</span>{" "}
                  <span className="truncate">{`${e.item.patient.firstName} ${e.item.patient.lastName}`}</span>
                </button>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** invisible click targets over the free parts of a working day, from now to the booking horizon */
function FreeSlots(
  p: Props & {
    date: string;
    from: number;
    to: number;
    events: Placed<AppointmentRow>[];
    y: (m: number) => number;
    clock: (d: string, m: number) => string;
  },
) {
  const t = useTranslations("appointments.calendar");
  const format = useFormatter();
  const busy = p.events.filter((e) => ["SCHEDULED", "CONFIRMED", "CHECKED_IN", "IN_PROGRESS"].includes(e.item.status));
  const slots: number[] = [];
  for (let m = p.from; m + p.slotMinutes <= p.to; m += p.slotMinutes) {
    const at = zonedInstant(p.date, hhmm(m), p.timeZone);
    if (at <= p.now || at > p.bookableUntil!) continue;
    if (busy.some((e) => e.start < m + p.slotMinutes && e.end > m)) continue;
    slots.push(m);
  }
  const dateLabel = format.dateTime(noonOf(p.date, p.timeZone), { dateStyle: "medium", timeZone: p.timeZone });
  return slots.map((m) => (
    <button
      key={m}
      type="button"
      tabIndex={-1}
      onClick={() => p.onSlot(p.date, hhmm(m))}
      aria-label={t("slot", { time: p.clock(p.date, m), date: dateLabel })}
      title={t("slot", { time: p.clock(p.date, m), date: dateLabel })}
      className="absolute inset-x-0.5 rounded-sm hover:bg-primary/10"
      style={{ top: p.y(m), height: p.slotMinutes * PX_PER_MINUTE }}
    />
  ));
}
