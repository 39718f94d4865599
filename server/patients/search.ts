// Patient search: any word prefix of the names (through patient_name_terms), MRN prefix, and phone numbers and MRN
// numbers as people type them; keyset-paginated by (sort name, id) so every page is an index range on both databases.
import { and, asc, eq, gt, gte, inArray, lt, or, type SQL } from "drizzle-orm";
import type { AnyColumn } from "drizzle-orm";
import { tenant, type Db } from "@/db";
import type { HospitalCtx } from "../context";
import { asciiDigits, foldForSearch, phoneDigits, prefixUpperBound, reversed } from "./names";

const p = tenant.patients;
const terms = tenant.patientNameTerms;

export const patientListColumns = {
  id: p.id,
  mrn: p.mrn,
  firstName: p.firstName,
  middleName: p.middleName,
  lastName: p.lastName,
  dateOfBirth: p.dateOfBirth,
  gender: p.gender,
  phone: p.phone,
  isVip: p.isVip,
  allergies: p.allergies,
  sortName: p.sortName,
};

function encodeCursor(sort: string, id: string) {
  return Buffer.from(JSON.stringify([sort, id])).toString("base64url");
}
function decodeCursor(cursor: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

const startsWith = (col: AnyColumn, prefix: string) => and(gte(col, prefix), lt(col, prefixUpperBound(prefix)))!;

/**
 * The WHERE of a search box: every word must start one of the patient's names (a hyphenated word: each of its
 * parts, as names are indexed by part); a single word may also be an MRN or phone prefix.
 *
 * A single word of 3+ characters collects its candidates as one UNION ALL of index ranges (name terms, MRN, phone
 * digits) — an OR of those would make Postgres walk every patient when there are few hits. Shorter words match
 * thousands of names, where walking the sort order and stopping at the first page is the faster plan.
 */
/** a query made of digits and the marks of a phone number ("+968 9123-4567", "(91) 23 45 67", "٩١٢٣٤٥٦٧") */
const NUMBER_QUERY = /^[\s\d+()\-./\u0660-\u0669\u06f0-\u06f9]+$/;
/** the national number of most phone plans in the region is 8 or 9 digits: a number typed with its country code
 * still finds one stored without it, and the other way round */
const NATIONAL_DIGITS = 8;

/**
 * A number typed alone: a phone number whole, with or without country code, or its last digits (4 or more), and an
 * MRN by its number ("7" or "000007" finds <prefix>-000007). Each is an index range (suffixes on reversed columns).
 */
function numberCondition(db: Db, digits: string): SQL {
  const ranges: SQL[] = [];
  if (digits.length <= 9)
    ranges.push(startsWith(p.mrnReversed, reversed(`-${digits.replace(/^0+(?=\d)/, "").padStart(6, "0")}`)));
  if (digits.length >= 3) ranges.push(startsWith(p.phoneDigits, digits));
  if (digits.length >= 4) ranges.push(startsWith(p.phoneDigitsReversed, reversed(digits)));
  if (digits.length > NATIONAL_DIGITS)
    ranges.push(startsWith(p.phoneDigitsReversed, reversed(digits.slice(-NATIONAL_DIGITS))));
  const [first, ...rest] = ranges.map((r) => db.select({ id: p.id }).from(p).where(r));
  let candidates = first!;
  for (const r of rest) candidates = candidates.unionAll(r) as typeof candidates;
  return inArray(p.id, candidates);
}

export function searchCondition(db: Db, search: string | undefined): SQL | undefined {
  const typed = (search ?? "").trim();
  if (NUMBER_QUERY.test(typed)) {
    const digits = phoneDigits(asciiDigits(typed));
    if (digits.length > 0) return numberCondition(db, digits.slice(0, 20));
  }
  const words = foldForSearch(search ?? "")
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ""))
    .filter(Boolean)
    .slice(0, 5);
  if (words.length === 0) return undefined;
  const termsStarting = (part: string) =>
    db.select({ id: terms.patientId }).from(terms).where(startsWith(terms.term, part));
  const partsOf = (w: string) => w.split("-").filter(Boolean);
  const byName = and(
    ...words
      .flatMap(partsOf)
      .slice(0, 8)
      .map((part) => inArray(p.id, termsStarting(part))),
  )!;
  if (words.length > 1) return byName;

  const only = words[0]!;
  const mrn = startsWith(p.mrn, only.toUpperCase());
  const digits = phoneDigits(only);
  const phone = digits.length >= 3 && /^[\d-]+$/.test(only) ? startsWith(p.phoneDigits, digits) : undefined;
  const exact = or(byName, mrn, phone)!;
  if (only.length < 2) return exact;

  // candidates from index ranges only; for a hyphenated word the longest part stands in for the name, and the
  // exact condition then keeps only real matches among the few candidates
  const parts = partsOf(only);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), parts[0] ?? only);
  let candidates = termsStarting(longest).unionAll(db.select({ id: p.id }).from(p).where(mrn));
  if (phone) candidates = candidates.unionAll(db.select({ id: p.id }).from(p).where(phone));
  return parts.length > 1 ? and(inArray(p.id, candidates), exact) : inArray(p.id, candidates);
}

/** (needs only the hospital's database: the search benchmark runs it on a bare one) */
export async function listPatients(
  ctx: Pick<HospitalCtx, "db">,
  input: { search?: string; limit: number; cursor?: string },
) {
  const db = ctx.db;
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db
    .select(patientListColumns)
    .from(p)
    .where(
      and(
        searchCondition(db, input.search),
        after ? or(gt(p.sortName, after[0]), and(eq(p.sortName, after[0]), gt(p.id, after[1]))) : undefined,
      ),
    )
    .orderBy(asc(p.sortName), asc(p.id))
    .limit(input.limit + 1);
  const more = rows.length > input.limit;
  const page = more ? rows.slice(0, input.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortName: _sortName, ...item }) => item),
    nextCursor: more && last ? encodeCursor(last.sortName, last.id) : null,
  };
}
export type PatientListItem = Awaited<ReturnType<typeof listPatients>>["items"][number];

/** possible duplicates at registration: same name and date of birth, or same phone */
export async function findPossibleDuplicates(
  ctx: HospitalCtx,
  q: { firstName: string; lastName: string; dateOfBirth?: string; phone?: string },
) {
  const conditions: SQL[] = [];
  if (q.dateOfBirth && q.firstName && q.lastName) {
    conditions.push(
      and(
        eq(p.dateOfBirth, q.dateOfBirth),
        eq(p.sortName, foldForSearch(`${q.lastName} ${q.firstName}`).slice(0, 200)),
      )!,
    );
  }
  const digits = phoneDigits(q.phone ?? "");
  if (digits.length >= 6) conditions.push(eq(p.phoneDigits, digits));
  // the same number with or without its country code
  if (digits.length >= NATIONAL_DIGITS)
    conditions.push(startsWith(p.phoneDigitsReversed, reversed(digits.slice(-NATIONAL_DIGITS))));
  if (conditions.length === 0) return [];
  const rows = await ctx.db
    .select(patientListColumns)
    .from(p)
    .where(or(...conditions))
    .orderBy(asc(p.sortName))
    .limit(10);
  return rows.map(({ sortName: _s, ...r }) => r);
}
