// Property-based input fuzzing (fast-check) of every procedure of the API, enumerated from the router itself. Each
// procedure is called over real HTTP (what clients see) as a caller who IS allowed to use it — so the input
// validation and the domain code are actually reached: a super admin on the admin host for console procedures, a role
// holding the procedure's permission on the hospital's host for hospital procedures, a plain staff member for the
// account procedures (any host), nobody for public ones — with
//   (a) arbitrary JSON values,
//   (b) the valid input of its access case (./cases) with one field (or the whole input) replaced by a boundary value,
//       a field deleted, or an unknown key added; and, deterministically for every field, null and undefined, and for
//       every text field the valid text with a NUL and with a lone surrogate appended,
//   (c) no input at all, and null;
//   and, per procedure, raw request bodies a tRPC client would never send (not JSON, hostile superjson meta).
// Every answer is either a success or a structured refusal: a tRPC error that is not INTERNAL_SERVER_ERROR (no 5xx at
// all) and carries data.appCode from the catalogue (and fieldErrors when it is VALIDATION). Every REFUSED call must
// leave the databases as they were: a fingerprint (a hash of every row) of every table of the control schema and of
// the tenant schema — enumerated from the drizzle schema — of the main database and of the hospital under test is
// taken before and after (see NOT_WRITES for what is left out, and why). Successful calls may write.
//
// Reproducible: each procedure's seed is derived from FUZZ_SEED (default fixed) and the procedure's path; fast-check
// prints the seed and the counterexample's path on failure (re-run with FUZZ_SEED=<base> to get the same inputs).
// A deeper local hunt: FUZZ_SEED=$RANDOM FUZZ_RUNS=5 FUZZ_STATS=1 pnpm exec vitest run --project libsql <this file>.
import { createHash } from "node:crypto";
import { TRPCClientError } from "@trpc/client";
import { eq, getTableColumns, getTableName, is, Table } from "drizzle-orm";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver, tenant, type Db } from "@/db";
import { newId } from "@/db/id";
import { ERROR_CODES } from "@/shared/errors";
import { HOSPITAL_ROLES, type HospitalRole } from "@/shared/enums";
import { withHospital } from "../tenancy";
import { mainDb } from "../tenancy/main-db";
import {
  cookieFor,
  makeHospital,
  makeUser,
  nextWeekdaySlot,
  signInOn,
  ADMIN_HOST,
  TEST_PASSWORD,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, hostFetch, startApiServer, type ApiServer } from "../testing/http";
import { appRouter } from "./_app";
import { CASES, type Ids } from "./access-cases";
import type { Case } from "./cases/common";
import { allowedRoles, procedureType } from "./cases/roles";

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_260_214);
/** runs per procedure: arbitrary JSON, and the valid input with one field replaced (FUZZ_RUNS=5: five times as many) */
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const RUNS_ANY = Math.round(8 * SCALE);
const RUNS_FIELD = Math.round(15 * SCALE);

/**
 * Procedures not fuzzed, each with its reason. Keep this empty unless truly necessary: a procedure added to the router
 * is fuzzed automatically (from its access case), and one without a case fails the access matrix and this file.
 */
const EXCLUDED: Record<string, string> = {};

/**
 * Tables (or columns) left out of the "a refused call writes nothing" check, because something other than the
 * procedure's own effect legitimately writes them during a refused call:
 * - control `audit_log`: the platform audit log records refusals and failed attempts (wrong current password or MFA
 *   code, refused registrations) — writing it on a refusal is the point of it.
 * - tenant `phi_access_log` and control `phi_checkpoints` (its anchor): every read of patient data is logged, also one
 *   that is then refused, and list reads are written by the buffered writer up to a second later.
 * - tenant `counters` row "phi_access_log": the PHI log's sequence number, bumped with each log entry.
 * - control `sessions.last_seen_at`: every authenticated request refreshes it (the idle timeout), before the
 *   procedure runs. The rest of the session row (revocation!) is checked.
 * - control `app_processes`, `maintenance_acks`: heartbeats of the process machinery, not written by procedures.
 */
const NOT_WRITES: Record<string, "table" | { columns?: string[]; rows?: (row: Record<string, unknown>) => boolean }> = {
  audit_log: "table",
  phi_access_log: "table",
  phi_checkpoints: "table",
  app_processes: "table",
  maintenance_acks: "table",
  sessions: { columns: ["lastSeenAt"] },
  // the PHI log's sequence is a named counter (server/audit/phi.ts); every other counter (MRN, numbers) is checked
  counters: { rows: (r) => r.name === "phi_access_log" },
};

let server: ApiServer;
let a: TestHospital; // hospital procedures, account procedures, public ones
let c: TestHospital; // the target of console procedures (so a fuzzed plan or status never breaks hospital A)
const cookies: Partial<Record<HospitalRole, string>> = {};
let cookieAccount: string;
let cookieSuperAdmin: string;
let idsA: Ids;
let idsConsole: Ids;
let settingsA: unknown;

// ---------------------------------------------------------------------------------------------------------------
// the fingerprint of the databases

const tablesOf = (schema: unknown) =>
  Object.values(schema as Record<string, unknown>).filter((t): t is Table => is(t, Table));

async function tableHashes(db: Db, tables: Table[], prefix: string, out: Map<string, string>) {
  await Promise.all(tables.map((table) => tableHash(db, table, prefix, out)));
}

async function tableHash(db: Db, table: Table, prefix: string, out: Map<string, string>) {
  const name = getTableName(table);
  const rule = NOT_WRITES[name];
  if (rule === "table") return;
  const skip = new Set(rule?.columns ?? []);
  const rows = (await (db as unknown as { select(): { from(t: Table): Promise<Record<string, unknown>[]> } })
    .select()
    .from(table)) as Record<string, unknown>[];
  const columns = Object.keys(getTableColumns(table)).filter((k) => !skip.has(k));
  const lines = rows
    .filter((r) => !rule?.rows?.(r))
    .map((r) =>
      JSON.stringify(
        columns.map((k) => (r[k] instanceof Date ? (r[k] as Date).toISOString() : r[k])),
        (_k, v) => (typeof v === "bigint" ? v.toString() : v),
      ),
    )
    .sort();
  out.set(`${prefix}.${name}`, `${lines.length}:${createHash("sha256").update(lines.join("\n")).digest("hex")}`);
}

async function fingerprint(hospitalCode: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all([
    tableHashes((await mainDb()) as unknown as Db, tablesOf(control), "main", out),
    withHospital(hospitalCode, (db) => tableHashes(db, tablesOf(tenant), hospitalCode, out)),
  ]);
  return out;
}

/**
 * the fingerprint after the last refused call, reused as the next call's "before": only a successful call (which
 * clears it) writes in between — everything else that writes meanwhile is in NOT_WRITES
 */
let lastFingerprint: { code: string; fp: Map<string, string> } | null = null;

const changedTables = (before: Map<string, string>, after: Map<string, string>) =>
  [...after.keys()].filter((k) => before.get(k) !== after.get(k));

// ---------------------------------------------------------------------------------------------------------------
// calling a procedure over HTTP and classifying the answer

type Outcome =
  | { ok: true }
  | { ok: false; sent: boolean; code?: string; httpStatus?: number; appCode?: string; data?: unknown; raw: string };

type AnyClient = Record<
  string,
  Record<string, { query(i: unknown): Promise<unknown>; mutate(i: unknown): Promise<unknown> }>
>;
const clients = new Map<string, AnyClient>();
const clientFor = (host: string, cookie: string | undefined) => {
  const key = `${host} ${cookie ?? ""}`;
  let client = clients.get(key);
  if (!client) clients.set(key, (client = apiClient(server.port, host, cookie) as unknown as AnyClient));
  return client;
};

async function call(host: string, cookie: string | undefined, path: string, input: unknown): Promise<Outcome> {
  const [router, proc] = path.split(".") as [string, string];
  // what the client itself cannot send never reaches the server: superjson refuses "__proto__"/"constructor" keys
  // (prototype pollution), and a query's input travels in the URL, where a lone surrogate cannot be encoded
  try {
    const wire = JSON.stringify(superjson.serialize(input));
    if (procedureType(path) === "query") encodeURIComponent(wire);
  } catch (err) {
    return { ok: false, sent: false, raw: String(err) };
  }
  const endpoint = clientFor(host, cookie)[router]![proc]!;
  try {
    await (procedureType(path) === "query" ? endpoint.query(input) : endpoint.mutate(input));
    return { ok: true };
  } catch (err) {
    if (!(err instanceof TRPCClientError)) return { ok: false, sent: true, raw: `not a tRPC error: ${String(err)}` };
    const data = err.data as { code?: string; httpStatus?: number; appCode?: string } | undefined;
    return {
      ok: false,
      sent: true,
      code: data?.code,
      httpStatus: data?.httpStatus,
      appCode: data?.appCode,
      data,
      raw: err.message.slice(0, 300),
    };
  }
}

/** who calls the procedure, where: a caller who IS allowed, so the validation and the domain code are reached */
function callerOf(path: string, c: Case): { host: string; cookie: string | undefined; hospitalCode: string; ids: Ids } {
  switch (c.scope) {
    case "superadmin":
      return { host: ADMIN_HOST, cookie: cookieSuperAdmin, hospitalCode: idsConsole.hospitalCode, ids: idsConsole };
    case "public":
    case "credential":
      // no session: the hospital's host (where self-registration is switched on); a credential procedure's input is
      // the credential itself
      return { host: a.host, cookie: undefined, hospitalCode: a.code, ids: idsA };
    case "any-host":
      return { host: a.host, cookie: cookieAccount, hospitalCode: a.code, ids: idsA };
    case "hospital": {
      const roles = allowedRoles(path);
      // the doctor who owns the fixture's encounter where allowed (note, sign), else the admin, else anybody allowed
      const role: HospitalRole = roles.includes("DOCTOR") ? "DOCTOR" : roles.includes("ADMIN") ? "ADMIN" : roles[0]!;
      return { host: a.host, cookie: cookies[role], hospitalCode: a.code, ids: idsA };
    }
    default:
      throw new Error(
        `${path}: scope ${String((c as { scope: unknown }).scope)} unknown to the fuzz test: add its caller`,
      );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// inputs

/** an edit's value that removes the field */
const DELETE = Symbol("delete");

function deep(depth: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { x: v };
  return v;
}

const STRINGS = [
  "",
  " ",
  " \t\n\r ",
  "\u00a0\u2003",
  "a".repeat(10_000),
  "محمد عبد الله",
  "\u202eابحث\u202c",
  "\u200f\u200e",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "a\udc00b",
  "😀👨‍👩‍👧‍👦🏳️‍🌈",
  "Z̴̡̛a̷l̸g̵o̶",
  "' OR '1'='1' --",
  "'; DROP TABLE patients; --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "%00%27",
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "NaN",
  "Infinity",
  "-0",
  "1e308",
  "0x10",
  "-1",
  "2026-02-30",
  "0000-01-01",
  "9999-12-31T99:99",
  "2026-13-01",
  "2026-01-01T25:61:00Z",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01",
  "1970-01-01T00:00:00Z",
  "00000000-0000-0000-0000-000000000000",
  "01900000-0000-7000-8000-00000000abcd",
  "ADMIN",
  "SUPERADMIN",
  "true",
  "null",
];
const NUMBERS = [
  -1,
  0,
  -0,
  1,
  0.5,
  1.5,
  -1.5,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];
const OTHERS = [
  null,
  undefined,
  true,
  false,
  [],
  [1, 2, 3],
  [{}],
  ["a", null],
  {},
  { id: "x" },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  deep(40, "leaf"),
  deep(400, 1),
  // superjson carries these too: what a client of the API can really send
  new Date(0),
  new Date(Number.NaN),
  BigInt("123456789012345678901234567890"),
  new Set([1]),
  new Map([["a", 1]]),
];
const boundaryValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...OTHERS) },
  { weight: 1, arbitrary: fc.constant(DELETE) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Path = (string | number)[];
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** every path into the valid input, the root ([]) first */
function pathsOf(v: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...prefix, i])));
  else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, k]));
  return out;
}

const EXTRA_KEYS = ["extra", "__proto__", "constructor", "id", "hospitalId", "role", "createdBy", ""];

type Edit = { path: Path; value: unknown } | { path: Path; extraKey: string; value: unknown };

function applyEdit(input: unknown, edit: Edit): unknown {
  const clone = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(clone)
      : isPlainObject(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]))
        : v;
  const root = clone(input);
  const setOwn = (obj: Record<string, unknown>, key: string, value: unknown) => {
    if (value === DELETE) delete obj[key];
    // defineProperty: "__proto__" becomes an own key, as JSON.parse would make it on the server
    else Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  };
  if ("extraKey" in edit) {
    const target = edit.path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
    if (!isPlainObject(target)) return root;
    setOwn(target, edit.extraKey, edit.value);
    return root;
  }
  if (edit.path.length === 0) return edit.value === DELETE ? undefined : edit.value;
  const parent = edit.path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
  setOwn(parent as Record<string, unknown>, String(edit.path[edit.path.length - 1]), edit.value);
  return root;
}

const show = (v: unknown) => {
  try {
    const s = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === "bigint" ? `${x}n` : typeof x === "number" && !Number.isFinite(x) ? String(x) : x,
    );
    return s === undefined ? "undefined" : s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
  } catch (err) {
    return `<unprintable: ${String(err)}>`;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// the check of one call

/** what each procedure answered (FUZZ_STATS=1 prints it): shows the fuzzing reached validation and domain code */
const stats = new Map<string, Record<string, number>>();
const count = (path: string, key: string) => {
  const s = stats.get(path) ?? {};
  s[key] = (s[key] ?? 0) + 1;
  stats.set(path, s);
};

async function check(path: string, input: unknown): Promise<void> {
  const c = CASES[path as keyof typeof CASES] as Case;
  const who = callerOf(path, c);
  const before = lastFingerprint?.code === who.hospitalCode ? lastFingerprint.fp : await fingerprint(who.hospitalCode);
  lastFingerprint = null;
  const outcome = await call(who.host, who.cookie, path, input);
  count(path, outcome.ok ? "OK" : outcome.sent ? (outcome.appCode ?? outcome.code ?? "?") : "not sent");
  if (outcome.ok) return;
  const where = `${path} with input ${show(input)}`;
  if (outcome.sent) {
    expect(outcome.code, `${where}: not a tRPC error answer: ${outcome.raw}`).toBeDefined();
    expect(outcome.code, `${where}: ${outcome.raw}`).not.toBe("INTERNAL_SERVER_ERROR");
    expect(outcome.httpStatus, `${where}: ${outcome.code} ${outcome.raw}`).toBeLessThan(500);
    expect(outcome.appCode, `${where}: no appCode in ${show(outcome.data)}`).toBeDefined();
    expect(Object.keys(ERROR_CODES), `${where}: appCode`).toContain(outcome.appCode);
    if (outcome.appCode === "VALIDATION") {
      const fieldErrors = (outcome.data as { fieldErrors?: unknown }).fieldErrors;
      expect(Array.isArray(fieldErrors) && fieldErrors.length > 0, `${where}: VALIDATION without fieldErrors`).toBe(
        true,
      );
    }
  }
  const after = await fingerprint(who.hospitalCode);
  expect(changedTables(before, after), `${where} was refused (${outcome.appCode}) but wrote`).toEqual([]);
  lastFingerprint = { code: who.hospitalCode, fp: after };
}

// ---------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  c = await makeHospital();
  const usersA: Partial<Record<HospitalRole, TestUser>> = { ADMIN: a.admin };
  for (const role of HOSPITAL_ROLES) {
    if (role !== "ADMIN") usersA[role] = await makeUser(a, role);
    cookies[role] = await cookieFor(a.host, usersA[role]!);
  }
  // the caller of the account procedures: nobody else uses this account (it may enrol MFA, sign out elsewhere …)
  cookieAccount = await cookieFor(a.host, await makeUser(a, "RECEPTIONIST"));
  // the user the staff procedures act on: never one of the callers, so revoking or disabling them changes nothing
  const victim = await makeUser(a, "NURSE");
  const victimSession = await signInOn(a.host, victim.username, TEST_PASSWORD);
  if (!victimSession.ok) throw new Error("sign-in failed");
  cookieSuperAdmin = await cookieFor(ADMIN_HOST, await makeUser(null, "SUPERADMIN"));

  // self-registration on, so user.register reaches its validation and domain code
  await apiClient(server.port, a.host, cookies.ADMIN).settings.update.mutate({
    settings: { staffSelfRegistration: true },
  });
  const main = await mainDb();
  const departmentId = newId();
  const now = new Date();
  await main
    .insert(control.departments)
    .values({ id: departmentId, hospitalId: a.id, code: "CARD", name: "Cardiology", createdAt: now, updatedAt: now });
  const reception = apiClient(server.port, a.host, cookies.RECEPTIONIST);
  const patient = await reception.patient.create.mutate({
    firstName: "Fuzz",
    lastName: "Patient",
    dateOfBirth: "1970-01-01",
    gender: "O",
  });
  const appointment = await reception.appointment.create.mutate({
    patientId: patient.id,
    doctorId: usersA.DOCTOR!.id,
    startsAt: nextWeekdaySlot(2, "09:00"),
  });
  const encounter = await apiClient(server.port, a.host, cookies.DOCTOR).encounter.start.mutate({
    patientId: patient.id,
    chiefComplaint: "fuzz",
  });
  idsA = {
    patientId: patient.id,
    userId: victim.id,
    sessionId: victimSession.sessionId,
    departmentId,
    hospitalCode: a.code,
    hospitalId: a.id,
    doctorId: usersA.DOCTOR!.id,
    appointmentId: appointment.id,
    encounterId: encounter.id,
    slot: nextWeekdaySlot(3, "11:00").toISOString(),
  };
  idsConsole = { ...idsA, hospitalCode: c.code, hospitalId: c.id, userId: (await makeUser(c, "NURSE")).id };
  settingsA = await hospitalSettings(a.id);
}, 180_000);
afterAll(async () => {
  if (process.env.FUZZ_STATS) console.log(Object.fromEntries([...stats].sort(([x], [y]) => x.localeCompare(y))));
  await server.close();
});

const hospitalSettings = async (id: string) => {
  const [row] = await (
    await mainDb()
  )
    .select({ settings: control.hospitals.settings })
    .from(control.hospitals)
    .where(eq(control.hospitals.id, id));
  return row!.settings;
};

describe(`input fuzzing of every procedure over HTTP (${driver().name}, FUZZ_SEED=${BASE_SEED})`, () => {
  const procedures = Object.keys(appRouter._def.procedures).sort();

  it("fuzzes every procedure of the router (no stale exclusions)", () => {
    expect(procedures.filter((p) => !(p in CASES) && !(p in EXCLUDED))).toEqual([]);
    expect(Object.keys(EXCLUDED).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  // What a tRPC client never sends but anybody can: bodies that are not JSON, not superjson, or superjson whose meta
  // is hostile (prototype pollution paths, values that cannot be revived). Refused as bad input, never a 5xx.
  const RAW_INPUTS = [
    "not json",
    '{"json":',
    "[]",
    "null",
    '"text"',
    "1e999",
    '{"json":{"a":1},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
    '{"json":{"a":1},"meta":{"values":{"constructor.prototype.polluted":["undefined"]}}}',
    '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["__proto__"]}}}',
    '{"json":"x","meta":{"values":["bigint"]}}',
    '{"json":"nope","meta":{"values":["Date"]}}',
    '{"json":"(","meta":{"values":["regexp"]}}',
    '{"json":"abc","meta":{"values":["set"]}}',
    '{"json":{"a":1},"meta":{"values":{"a":[["custom","nope"]]}}}',
    '{"json":{"a":1},"meta":{"values":{"b.c.d":["undefined"]}}}',
    '{"json":{"a":1},"meta":"nonsense"}',
  ];

  it.each(procedures.filter((p) => !(p in EXCLUDED) && p in CASES))(
    "%s: raw request bodies a client would never send are refused cleanly",
    async (path) => {
      const who = callerOf(path, CASES[path as keyof typeof CASES] as Case);
      const fetcher = hostFetch(server.port, who.host, who.cookie);
      lastFingerprint = null;
      const before = await fingerprint(who.hospitalCode);
      let succeeded = false;
      for (const body of RAW_INPUTS) {
        const res =
          procedureType(path) === "query"
            ? await fetcher(`http://${who.host}/api/trpc/${path}?input=${encodeURIComponent(body)}`)
            : await fetcher(`http://${who.host}/api/trpc/${path}`, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body,
              });
        const text = await res.text();
        expect(res.status, `${path} with raw body ${body}: ${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.ok) {
          succeeded = true;
          continue;
        }
        const answer = JSON.parse(text) as { error?: { json?: { data?: { appCode?: string } } } };
        expect(answer.error?.json?.data?.appCode, `${path} with raw body ${body}: ${text.slice(0, 300)}`).toBeDefined();
      }
      if (!succeeded) expect(changedTables(before, await fingerprint(who.hospitalCode)), `${path} wrote`).toEqual([]);
    },
  );

  it.each(procedures.filter((p) => !(p in EXCLUDED)))(
    "%s: random and boundary inputs never give a 5xx, and a refused input writes nothing",
    { timeout: 120_000 * SCALE },
    async (path) => {
      const c = CASES[path as keyof typeof CASES] as Case | undefined;
      if (!c) throw new Error(`no access case for ${path}: add one in server/routers/cases`);
      const seed = (BASE_SEED ^ Number.parseInt(createHash("sha256").update(path).digest("hex").slice(0, 7), 16)) | 0;
      const valid = c.input(callerOf(path, c).ids);
      lastFingerprint = null;

      try {
        // (c) no input at all, and null
        await check(path, undefined);
        await check(path, null);

        // (b, every field) each field of the valid input null, and undefined (= left out: superjson keeps it)
        for (const p of pathsOf(valid).slice(1)) {
          for (const value of [null, undefined]) await check(path, applyEdit(valid, { path: p, value }));
          // what a database may choke on, in every text field: NUL (Postgres refuses it in text), a lone surrogate
          const at = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], valid);
          if (typeof at === "string") {
            for (const value of [`${at}\u0000`, `${at}\ud800`]) await check(path, applyEdit(valid, { path: p, value }));
          }
        }

        // (a) arbitrary JSON values
        await fc.assert(
          fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), (input) => check(path, input)),
          { numRuns: RUNS_ANY, seed },
        );

        // (b) one field (or the whole input) replaced by a boundary value, or an unknown key added
        const paths = pathsOf(valid);
        const objectPaths = paths.filter((p) =>
          isPlainObject(p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], valid)),
        );
        const edit: fc.Arbitrary<Edit> = fc.oneof(
          { weight: 4, arbitrary: fc.record({ path: fc.constantFrom(...paths), value: boundaryValue }) },
          ...(objectPaths.length
            ? [
                {
                  weight: 1,
                  arbitrary: fc.record({
                    path: fc.constantFrom(...objectPaths),
                    extraKey: fc.constantFrom(...EXTRA_KEYS),
                    value: boundaryValue,
                  }),
                },
              ]
            : []),
        );
        await fc.assert(
          fc.asyncProperty(edit, (e) => check(path, applyEdit(valid, e))),
          { numRuns: RUNS_FIELD, seed: seed + 1 },
        );
      } finally {
        // keep the fixture usable: a fuzzed settings.update that happened to be valid must not change how hospital A
        // answers the next procedures (a 1-minute idle timeout, MFA required, a module switched off …)
        if (path === "settings.update") {
          await (
            await mainDb()
          )
            .update(control.hospitals)
            .set({ settings: settingsA as never })
            .where(eq(control.hospitals.id, a.id));
        }
      }
    },
  );
});
