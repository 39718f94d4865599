// Small portable query pieces for console lists: case-insensitive "contains" (lower(col) LIKE lowered pattern, the
// same on SQLite and Postgres; never ilike) and offset pages.
import { like, or, sql, type AnyColumn, type SQL } from "drizzle-orm";

/** any of the columns contains the search text, case-insensitively; undefined when there is nothing to search */
export function containsText(columns: AnyColumn[], search: string | undefined): SQL | undefined {
  const q = search?.trim().toLowerCase();
  if (!q) return undefined;
  // LIKE's wildcards in the text are matched literally enough for a filter box: they only ever widen the match
  const pattern = `%${q}%`;
  return or(...columns.map((c) => like(sql`lower(${c})`, pattern)));
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const offsetOf = (p: { page: number; pageSize: number }) => (p.page - 1) * p.pageSize;

/** instant at the start (00:00 UTC) of a "YYYY-MM-DD" day */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
/** the last millisecond (23:59:59.999 UTC) of a "YYYY-MM-DD" day */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);
