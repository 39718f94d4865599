// Calendar arithmetic in the hospital's time zone, never the browser's: local dates are "YYYY-MM-DD" strings and
// instants are Dates. The conversions are the server's own (server/shared/time.ts, pure), so both sides agree.
import { addDays, localParts, minutesOf, today, zonedInstant } from "@/shared/time";

export { addDays, localParts, minutesOf, today, zonedInstant };

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date; pure calendar arithmetic */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** the Monday of the week a local date falls in */
export const weekStart = (date: string) => addDays(date, 1 - isoWeekday(date));

/** "HH:MM" of a minute of the day */
export const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** a Date at local noon of a date, for formatting a day's name without a time zone shift */
export const noonOf = (date: string, timeZone: string) => zonedInstant(date, "12:00", timeZone);

/** the local date and time ("YYYY-MM-DD", "HH:MM") of an instant */
export function localDateTime(instant: Date, timeZone: string) {
  const p = localParts(instant, timeZone);
  return { date: p.date, time: hhmm(p.minuteOfDay), minute: p.minuteOfDay };
}
