// zod building blocks shared by every domain's schemas. Pure: safe in client components.
import { z } from "zod";

const NUL = /\u0000/;

/** trimmed text of at most `max` characters; never a NUL (Postgres rejects it) */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((s) => !NUL.test(s), "Contains an invalid character");

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, "Required"));

/** a real calendar date "YYYY-MM-DD" (2025-02-30 is refused on both databases) */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return y >= 1800 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, "Not a real date");

export const uuid = z.uuid("Not a valid id");

export const phone = text(30).refine(
  (s) => s === "" || /^\+?[0-9 ()./-]{3,30}$/.test(s),
  "Use digits, spaces, + - ( ) only",
);
export const optionalEmail = text(254).refine(
  (s) => s === "" || z.email().safeParse(s).success,
  "Enter a valid email address",
);

export const pageLimit = z.number().int().min(1).max(100).default(20);
