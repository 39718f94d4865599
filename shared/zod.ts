// zod building blocks shared by every domain's schemas. Pure: safe in client components.
// No check carries English text: zod's message is the catalogue text of the code (shared/errors.ts
// fieldErrorOf), in the server's English or the browser's language; refinements name their code with withCode.
import { z } from "zod";
import type { ErrorParams, FieldErrorCode } from "./errors";

/** NUL (Postgres rejects it in text) and lone surrogates (not Unicode: Postgres refuses them in JSON, text would keep
 * a replacement character): never stored */
const BAD_CHARACTER = /\u0000|\p{Cs}/u;

/** the options of a refinement whose failure is a catalogue code: `.refine(ok, withCode("INVALID_DATE"))` */
export const withCode = (code: FieldErrorCode, params?: ErrorParams) => {
  if (params && "code" in params) throw new Error(`withCode(${code}): a parameter may not be named "code"`);
  return { params: { ...params, code } };
};

/** trimmed text of at most `max` characters; never a NUL or a lone surrogate (see BAD_CHARACTER) */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !BAD_CHARACTER.test(s), withCode("INVALID_CHARACTER"));

export const requiredText = (max: number) => text(max).pipe(z.string().min(1));

/** a real calendar date "YYYY-MM-DD" (2025-02-30 is refused on both databases) */
export const isoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1800 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}, withCode("INVALID_DATE"));

export const uuid = z.uuid();

export const phone = text(30).refine((s) => s === "" || /^\+?[0-9 ()./-]{3,30}$/.test(s), withCode("INVALID_PHONE"));
export const optionalEmail = text(254).refine(
  (s) => s === "" || z.email().safeParse(s).success,
  withCode("INVALID_EMAIL"),
);

/** the version of a record an edit started from (optimistic check: a stale one is refused with a CONFLICT) */
export const baseVersion = z.number().int().min(0).max(2_147_483_647);
export const pageLimit = z.number().int().min(1).max(100).default(20);
