// Wall-clock time in a hospital's time zone (IANA), for booking rules, day views and numbers.
import { TZDate } from "@date-fns/tz";

/** the calendar date, minute of day and ISO weekday (1 = Monday … 7 = Sunday) of an instant in a time zone */
export function localParts(instant: Date, timeZone: string) {
  const d = new TZDate(instant.getTime(), timeZone);
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return { date, minuteOfDay: d.getHours() * 60 + d.getMinutes(), isoWeekday: d.getDay() === 0 ? 7 : d.getDay() };
}

/** the instant of a wall-clock time ("YYYY-MM-DD", "HH:MM") in a time zone */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

/** [start, end) of a local calendar day, as instants */
export function dayRange(date: string, timeZone: string): [Date, Date] {
  const start = zonedInstant(date, "00:00", timeZone);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return [start, zonedInstant(next, "00:00", timeZone)];
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

/** today's date in a time zone */
export const today = (timeZone: string, now = new Date()) => localParts(now, timeZone).date;
