"use client";
// Console formatting helpers on top of next-intl's formatter: byte sizes, day-only dates, hospital addresses.
import { useFormatter } from "next-intl";
import { useCallback } from "react";

const UNITS = [
  [1024 ** 3, "gigabyte"],
  [1024 ** 2, "megabyte"],
  [1024, "kilobyte"],
] as const;

/** "12.4 MB" in the reader's language; an em dash when unknown */
export function useBytes() {
  const format = useFormatter();
  return useCallback(
    (bytes: number | null | undefined) => {
      if (bytes === null || bytes === undefined) return "—";
      for (const [size, unit] of UNITS) {
        if (bytes >= size) return format.number(bytes / size, { style: "unit", unit, maximumFractionDigits: 1 });
      }
      return format.number(bytes, { style: "unit", unit: "byte" });
    },
    [format],
  );
}

/** a date without time (subscriptions are whole UTC days on the admin host) */
export function useDay() {
  const format = useFormatter();
  return useCallback((d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—"), [format]);
}

/** "YYYY-MM-DD" of an instant, in UTC (the value of a date input) */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** the sign-in page of a hospital, derived from the admin host this page is served on (admin.<root> → <code>.<root>) */
export function hospitalLoginUrl(code: string): string | null {
  if (typeof window === "undefined") return null;
  const { protocol, host } = window.location;
  if (!host.startsWith("admin.")) return null;
  return `${protocol}//${code.toLowerCase()}.${host.slice("admin.".length)}/auth/login`;
}
