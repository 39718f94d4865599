// Child of scripts/bench/search.ts, run with the environment of one dialect (DATA_DIR / DATABASE_URL):
//   1. one hospital (the real createHospital) and a signed-in session of its admin (the real signIn)
//   2. P patients bulk-inserted into its database, every row shaped as registerPatient shapes it: the fields go
//      through patientFieldsSchema, MRN from formatMrn, phone_digits / sort_name / name terms from server/patients/names;
//      the "mrn" counter is left at P as registration would leave it (no PHI-log entries: search never reads them)
//   3. name, MRN and phone searches, each timed twice: listPatients (what patient.list runs) on the hospital's
//      database, and the whole tRPC call — createContext (session check) + appRouter patient.list as an ADMIN
// Writes its figures (and the query plan of the slowest query of each kind) to BENCH_RESULT_FILE.
import "../lib/quiet-logs";
import { and, asc, gte, inArray, lt, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { driver, tenant, type Db } from "../../db";
import { newId } from "../../db/id";
import { GENDERS } from "../../shared/enums";
import {
  foldForSearch,
  nameTerms,
  patientSearchKeys,
  phoneDigits,
  prefixUpperBound,
  sortName,
} from "../../server/patients/names";
import { formatMrn } from "../../server/patients/register";
import { patientFieldsSchema, type PatientFields } from "../../shared/patients/schemas";
import { listPatients, patientListColumns, searchCondition } from "../../server/patients/search";
import { appRouter } from "../../server/routers/_app";
import { CLIENT_IP_HEADER } from "../../server/http/client-address";
import { closeTenantRegistry, tenantDb } from "../../server/tenancy";
import { closeMainDb } from "../../server/tenancy/main-db";
import { cookieFor, makeHospital } from "../../server/testing/fixtures";
import { createCallerFactory, createContext } from "../../server/trpc";
import { benchCode, KINDS, log, writeResult, type QueryKind } from "./lib";

export type KindResult = {
  queries: number;
  fnMs: number[];
  trpcMs: number[];
  /** queries that found nothing: every query is drawn from the generated patients, so each one is a search miss */
  empty: number;
  emptyQueries: string[];
  /** the queries, and the shape of each ("one letter", "full MRN", …) */
  list: string[];
  shapes: string[];
  /** mean rows on the first page */
  meanRows: number;
  examples: string[];
  slowest: { query: string; ms: number; plan: string };
  /** --proposal: the same queries through each candidate condition (below) instead of searchCondition */
  candidates: Array<{ name: string; fnMs: number[]; slowest: { query: string; ms: number; plan: string } }>;
};
export type SearchWorkerResult = {
  patients: number;
  loadMs: number;
  analyzed: boolean;
  kinds: Record<QueryKind, KindResult>;
  /** --explain-query: plans of chosen searches, today's and the candidate's */
  explained: Array<{ query: string; plans: Array<{ name: string; plan: string }> }>;
};

// ---------------------------------------------------------------------------------------------------------------
// Deterministic data

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = (
  "Muhammad Ahmed Ali Hassan Hussain Omar Usman Bilal Hamza Zain Ayaan Ibrahim Yusuf Imran Faisal Tariq Kamran Asad Saad Fahad " +
  "Fatima Ayesha Maryam Zainab Khadija Sana Hira Amna Sara Mehwish Nida Rabia Iqra Saima Bushra Farah Noor Alina Hafsa Mahnoor " +
  "James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth Barbara Susan " +
  "Jessica Sarah Karen José María Zoë Chloé Renée André François Jürgen Søren Björn Ana Lucía Sofía Valentina Mateo Santiago " +
  "Priya Rahul Arjun Ananya Vikram Deepa Kiran Ravi Sunita Anil Wei Li Ming Hui Jun Yan Kenji Yuki Haruto Sakura Olu Chinedu Amara " +
  "Kwame Abena Emeka Ngozi Tunde Aisha Layla Yasmin Samir Karim Nadia Rania Tarek Dina Omid Shirin Reza Leila Dariush Parisa"
).split(" ");
const LAST = (
  "Khan Ahmed Ali Malik Hussain Shah Qureshi Butt Chaudhry Sheikh Siddiqui Raza Abbasi Javed Iqbal Akhtar Aslam Baig Mirza Rana " +
  "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas " +
  "Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King " +
  "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Núñez Peña Muñoz Jiménez Gómez Díaz Ibáñez Álvarez " +
  "Dubois Lefèvre Moreau Girard Bonnet Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti " +
  "Patel Sharma Singh Kumar Gupta Reddy Nair Iyer Das Bose Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Tanaka Suzuki Sato " +
  "Watanabe Ito Yamamoto Nakamura Kobayashi Okafor Adeyemi Mensah Owusu Nwosu Abubakar Haddad Nasser Khoury Farouk Mansour " +
  "Hosseini Rahimi Karimi Tehrani O'Brien O'Connor Mac-Donald Van-der-Berg De-la-Cruz Al-Farsi Al-Rashid El-Amin Ben-David"
).split(" ");
const CITIES =
  "Karachi Lahore Islamabad Rawalpindi Faisalabad Multan Peshawar Quetta Dubai London Manchester Toronto".split(" ");

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");

/** a phone as people type it, in one of a few national formats */
function phoneOf(r: () => number): string {
  const f = r();
  if (f < 0.4) return `+92 3${digits(r, 2)} ${digits(r, 7)}`;
  if (f < 0.7) return `03${digits(r, 2)}-${digits(r, 7)}`;
  if (f < 0.9) return `(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`;
  return `+44 7${digits(r, 3)} ${digits(r, 6)}`;
}

function patientInput(r: () => number): PatientFields {
  const year = 1930 + Math.floor(r() * 95);
  const dob = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
  const firstName = pick(r, FIRST);
  return patientFieldsSchema.parse({
    firstName,
    middleName: r() < 0.3 ? pick(r, FIRST) : "",
    lastName: pick(r, LAST),
    dateOfBirth: dob,
    gender: pick(r, GENDERS),
    bloodGroup: pick(r, ["", "A+", "B+", "O+", "AB-", "O-"] as const),
    phone: r() < 0.92 ? phoneOf(r) : "",
    email:
      r() < 0.4
        ? `${firstName
            .toLowerCase()
            .normalize("NFKD")
            .replace(/[^a-z]/g, "")}${Math.floor(r() * 10_000)}@mail.test`
        : "",
    address: `${1 + Math.floor(r() * 300)} Street ${1 + Math.floor(r() * 90)}`,
    city: pick(r, CITIES),
    allergies:
      r() < 0.15
        ? [
            {
              substance: pick(r, ["Penicillin", "Peanuts", "Latex", "Sulfa"]),
              severity: pick(r, ["MILD", "MODERATE", "SEVERE"] as const),
            },
          ]
        : [],
    chronicConditions: r() < 0.2 ? [pick(r, ["Hypertension", "Type 2 diabetes", "Asthma"])] : [],
    isVip: r() < 0.01,
  });
}

type Generated = { mrn: string; firstName: string; middleName: string; lastName: string; phone: string };

/** inserts `count` patients as registration would have written them */
async function loadPatients(db: Db, count: number, mrnPrefix: string, createdBy: string): Promise<Generated[]> {
  const r = rng(20_240_601);
  const out: Generated[] = [];
  const p = tenant.patients;
  const terms = tenant.patientNameTerms;
  const PER_TX = 5_000;
  const PATIENT_CHUNK = 400; // ~25 columns: 10k bind parameters per INSERT, under both databases' limits
  const TERM_CHUNK = 2_000;
  const started = performance.now();
  for (let from = 1; from <= count; from += PER_TX) {
    const now = new Date();
    const rows: Array<typeof p.$inferInsert> = [];
    const termRows: Array<typeof terms.$inferInsert> = [];
    for (let n = from; n < Math.min(from + PER_TX, count + 1); n++) {
      const input = patientInput(r);
      const id = newId();
      const mrn = formatMrn(mrnPrefix, n);
      // the row registerPatient inserts (server/patients/register.ts)
      rows.push({
        id,
        mrn,
        ...input,
        ...patientSearchKeys({ phone: input.phone, mrn }),
        sortName: sortName(input.lastName, input.firstName),
        createdBy,
        createdAt: now,
        updatedAt: now,
      });
      for (const term of nameTerms(input.firstName, input.middleName, input.lastName))
        termRows.push({ term, patientId: id });
      out.push({
        mrn,
        firstName: input.firstName,
        middleName: input.middleName,
        lastName: input.lastName,
        phone: input.phone,
      });
    }
    await db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += PATIENT_CHUNK) await tx.insert(p).values(rows.slice(i, i + PATIENT_CHUNK));
      for (let i = 0; i < termRows.length; i += TERM_CHUNK)
        await tx
          .insert(terms)
          .values(termRows.slice(i, i + TERM_CHUNK))
          .onConflictDoNothing();
    });
    if (out.length % 20_000 === 0 || out.length === count)
      log(`    ${out.length.toLocaleString("en")} patients (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  const c = tenant.counters;
  await db
    .insert(c)
    .values({ name: "mrn", value: count })
    .onConflictDoUpdate({ target: c.name, set: { value: count } });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Queries: drawn from the generated patients, so each should find something

type Query = { q: string; shape: string };

function queries(kind: QueryKind, data: Generated[], n: number): Query[] {
  const r = rng(kind === "name" ? 11 : kind === "mrn" ? 22 : 33);
  const out: Query[] = [];
  const push = (q: string, shape: string) => out.push({ q, shape });
  while (out.length < n) {
    const pt = pick(r, data);
    const f = r();
    if (kind === "name") {
      // a prefix of one of the words the name is indexed under ("O'Brien" → "o", "brien")
      const cut = (s: string, min = 2) => pick(r, nameTerms(s)).slice(0, min + Math.floor(r() * 4));
      const oneWord = (q: string) => push(q, q.length <= 2 ? "one word, 2 letters" : "one word, 3–5 letters");
      if (f < 0.35)
        oneWord(cut(pt.lastName)); // "kha", "mülle" → "mulle"
      else if (f < 0.55) oneWord(cut(pt.firstName, 3));
      else if (f < 0.8)
        push(`${cut(pt.firstName)} ${cut(pt.lastName)}`, "two word prefixes"); // "mu kh"
      else if (f < 0.9)
        push(`${pt.firstName} ${pt.lastName}`, "full name as written"); // accents and all
      else push(pick(r, nameTerms(pt.lastName)).slice(0, 1), "one letter"); // the widest prefix a search box sends
    } else if (kind === "mrn") {
      if (f < 0.6) push(pt.mrn, "full MRN");
      else if (f < 0.8) push(pt.mrn.toLowerCase(), "full MRN, lower case");
      else push(pt.mrn.slice(0, pt.mrn.length - 1 - Math.floor(r() * 2)), "MRN prefix (10–100 hits)"); // "…-01234"
    } else {
      if (!pt.phone) continue;
      const d = phoneDigits(pt.phone);
      if (f < 0.3) push(d, "all digits");
      else if (f < 0.45)
        push(pt.phone.replace(/[ ()]/g, "").replace(/^\+/, ""), "as typed, no spaces"); // "0300-1234567"
      else if (f < 0.6)
        push(pt.phone, "as written, spaces and +"); // "+968 9123 4567"
      else if (f < 0.75) push(d.slice(0, 7 + Math.floor(r() * 3)), "7–9 digit prefix");
      else if (f < 0.9) push(d.slice(-4), "last 4 digits");
      else push(`+${d}`, "+digits");
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// --proposal: candidate rewrites of the search, timed next to the real one on the same data (server code unchanged;
// each must return the same first page as today).
//
// "union": one word today is `id IN (terms…) OR mrn range OR phone range`. Postgres cannot turn an IN inside an OR
//   into a join: it walks patients_sort_idx testing every row against a hashed subplan until the page is full, so
//   rare hits (an MRN, a phone, a late-sorting surname) read the whole table. The candidate moves the OR inside the
//   subquery — `id IN (terms… UNION ALL mrn range UNION ALL phone range)` — a semi-join planned from the index ranges.
//   Several words: unchanged.
// "name keys": the page is chosen from an index alone. A bench-only table name_keys(term, sort_name, patient_id)
//   with primary key (term, sort_name, patient_id) — patient_name_terms plus the patient's sort name — lets the
//   first page be `the 21 smallest (sort_name, id) among the matching keys`, read from that index without touching
//   patients; then 21 patients are fetched by id. Cost grows with the matches, but per match it is one index entry,
//   not a patient row lookup; there is no plan to get wrong. (In the app this would be a sort_name column on
//   patient_name_terms, rewritten with the terms when a name changes.) One word only: for several words the
//   planners (Postgres especially) pick poor joins between the keys and the other words' terms; unchanged there.

type Condition = (db: Db, search: string | undefined) => Promise<SQL | undefined>;

const range = (col: AnyColumn, prefix: string) => and(gte(col, prefix), lt(col, prefixUpperBound(prefix)))!;

function searchWords(search: string | undefined): string[] {
  return foldForSearch(search ?? "")
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ""))
    .filter(Boolean)
    .slice(0, 5);
}
const termOf = (w: string) => w.replace(/-/g, "") || w;
const isPhoneWord = (w: string) => phoneDigits(w).length >= 3 && /^[\d-]+$/.test(w);

export const unionCondition: Condition = async (db, search) => {
  const p = tenant.patients;
  const terms = tenant.patientNameTerms;
  const words = searchWords(search);
  if (words.length !== 1) return searchCondition(db, search);
  const only = words[0]!;
  const parts: SQL[] = [
    db
      .select({ id: terms.patientId })
      .from(terms)
      .where(range(terms.term, termOf(only)))
      .getSQL(),
    db.select({ id: p.id }).from(p).where(range(p.mrn, only.toUpperCase())).getSQL(),
  ];
  if (isPhoneWord(only))
    parts.push(
      db
        .select({ id: p.id })
        .from(p)
        .where(range(p.phoneDigits, phoneDigits(only)))
        .getSQL(),
    );
  return inArray(p.id, sql`(${sql.join(parts, sql` union all `)})`);
};

async function exec(db: Db, query: SQL): Promise<void> {
  if (driver().name === "pg") await (db as unknown as { execute(q: SQL): Promise<unknown> }).execute(query);
  else await (db as unknown as { run(q: SQL): Promise<unknown> }).run(query);
}

/** the bench-only name_keys table of the "name keys" candidate, filled from the loaded patients */
async function createNameKeys(db: Db): Promise<void> {
  const pg = driver().name === "pg";
  const key = sql.raw(pg ? 'text COLLATE "C"' : "text");
  await exec(
    db,
    sql`CREATE TABLE bench_name_keys (term ${key} NOT NULL, sort_name ${key} NOT NULL, patient_id ${sql.raw(pg ? "uuid" : "text")} NOT NULL, PRIMARY KEY (term, sort_name, patient_id))`,
  );
  await exec(
    db,
    sql`INSERT INTO bench_name_keys (term, sort_name, patient_id) SELECT t.term, p.sort_name, t.patient_id FROM patient_name_terms t JOIN patients p ON p.id = t.patient_id`,
  );
  if (pg) await exec(db, sql`VACUUM ANALYZE bench_name_keys`); // as for the other tables (see main)
}

export const nameKeysCondition: Condition = async (db, search) => {
  const p = tenant.patients;
  const words = searchWords(search);
  if (words.length === 0) return undefined;
  if (words.length > 1) return searchCondition(db, search); // several words: unchanged (see the report)
  const page = 21;
  const keyRange = (w: string) => sql`k.term >= ${termOf(w)} and k.term < ${prefixUpperBound(termOf(w))}`;
  const only = words[0]!;
  const parts: SQL[] = [
    sql`select k.patient_id as id, k.sort_name from bench_name_keys k where ${keyRange(only)}`,
    sql`select ${p.id} as id, ${p.sortName} from ${p} where ${range(p.mrn, only.toUpperCase())}`,
  ];
  if (isPhoneWord(only))
    parts.push(sql`select ${p.id} as id, ${p.sortName} from ${p} where ${range(p.phoneDigits, phoneDigits(only))}`);
  return sql`${p.id} in (select id from (${sql.join(parts, sql` union `)}) m order by sort_name, id limit ${page})`;
};

const CANDIDATES: Record<string, Condition> = { union: unionCondition, "name keys": nameKeysCondition };

const currentCondition: Condition = async (db, search) => searchCondition(db, search);

async function listWith(db: Db, condition: Condition, search: string) {
  const p = tenant.patients;
  return db
    .select(patientListColumns)
    .from(p)
    .where(await condition(db, search))
    .orderBy(asc(p.sortName), asc(p.id))
    .limit(21);
}

async function explain(db: Db, search: string, condition: Condition = currentCondition): Promise<string> {
  const p = tenant.patients;
  const qb = db
    .select(patientListColumns)
    .from(p)
    .where(await condition(db, search))
    .orderBy(asc(p.sortName), asc(p.id))
    .limit(21);
  if (driver().name === "pg") {
    const pgDb = db as unknown as { execute(q: unknown): Promise<{ rows: Array<Record<string, string>> }> };
    const res = await pgDb.execute(sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${qb.getSQL()}`);
    return res.rows.map((row) => row["QUERY PLAN"]).join("\n");
  }
  const sqliteDb = db as unknown as { all<T>(q: unknown): Promise<T[]> };
  const rows = await sqliteDb.all<{ id: number; parent: number; detail: string }>(
    sql`EXPLAIN QUERY PLAN ${qb.getSQL()}`,
  );
  const depth = new Map<number, number>();
  return rows
    .map((row) => {
      const d = (depth.get(Number(row.parent)) ?? -1) + 1;
      depth.set(Number(row.id), d);
      return `${"  ".repeat(d)}${row.detail}`;
    })
    .join("\n");
}

async function main() {
  const count = Number(process.argv[2]);
  const perKind = Number(process.argv[3]);
  const withProposal = process.argv[4] === "proposal";
  const prefix = process.env.BENCH_PREFIX;
  if (!prefix || !Number.isInteger(count) || !Number.isInteger(perKind))
    throw new Error("usage: search-worker.ts PATIENTS QUERIES (with BENCH_PREFIX set)");

  const hospital = await makeHospital({ code: benchCode(prefix, 0), plan: "ENTERPRISE" });
  const cookie = await cookieFor(hospital.host, hospital.admin);
  const lease = await tenantDb(hospital.code);
  try {
    const db = lease.db;
    log(`  ${count.toLocaleString("en")} patients into hospital ${hospital.code}…`);
    const t0 = performance.now();
    const data = await loadPatients(db, count, hospital.code.slice(0, 8), hospital.admin.id);
    const loadMs = performance.now() - t0;
    // Postgres: autovacuum vacuums and analyses a table after this many inserts anyway (statistics, visibility map
    // for index-only scans); do it now rather than wait for it.
    // libsql: SQLite gathers no statistics unless told (ANALYZE / PRAGMA optimize), and the app never does: as is.
    const analyzed = driver().name === "pg";
    if (analyzed) await exec(db, sql`VACUUM ANALYZE`);
    if (withProposal) await createNameKeys(db);

    const caller = createCallerFactory(appRouter);
    const headers = new Headers({
      host: hospital.host,
      cookie,
      "user-agent": "zain-bench",
      [CLIENT_IP_HEADER]: "203.0.113.7",
    });
    const viaTrpc = async (search: string) =>
      (await caller(await createContext({ headers })).patient.list({ search })).items.length;
    const viaFn = async (search: string) => (await listPatients({ db }, { search, limit: 20 })).items.length;

    const kinds = {} as Record<QueryKind, KindResult>;
    for (const kind of KINDS) {
      const generated = queries(kind, data, perKind);
      const list = generated.map((x) => x.q);
      for (const q of list.slice(0, 20)) await viaFn(q); // warm the caches
      const fnMs: number[] = [];
      const trpcMs: number[] = [];
      const emptyQueries: string[] = [];
      let rows = 0;
      for (const q of list) {
        let t = performance.now();
        const n = await viaFn(q);
        fnMs.push(performance.now() - t);
        t = performance.now();
        const m = await viaTrpc(q);
        trpcMs.push(performance.now() - t);
        if (n !== m) throw new Error(`"${q}": listPatients found ${n}, patient.list ${m}`);
        if (n === 0) emptyQueries.push(q);
        rows += n;
      }
      const slowestOf = (ms: number[]) => ms.reduce((w, x, i) => (x > ms[w]! ? i : w), 0);
      const worst = slowestOf(fnMs);
      const candidates: KindResult["candidates"] = [];
      for (const [name, condition] of withProposal ? Object.entries(CANDIDATES) : []) {
        const real = (q: string) =>
          listPatients({ db }, { search: q, limit: 20 }).then((x) => x.items.map((i) => i.id).join());
        const alt = (q: string) =>
          listWith(db, condition, q).then((x) =>
            x
              .slice(0, 20)
              .map((i) => i.id)
              .join(),
          );
        for (const q of list.slice(0, 20)) await alt(q);
        const ms: number[] = [];
        for (const q of list) {
          const t = performance.now();
          const got = await alt(q);
          ms.push(performance.now() - t);
          if (got !== (await real(q)))
            throw new Error(`candidate ${name}: "${q}" gives another first page than searchCondition`);
        }
        const w = slowestOf(ms);
        candidates.push({
          name,
          fnMs: ms,
          slowest: { query: list[w]!, ms: ms[w]!, plan: await explain(db, list[w]!, condition) },
        });
      }
      kinds[kind] = {
        candidates,
        queries: list.length,
        fnMs,
        trpcMs,
        empty: emptyQueries.length,
        emptyQueries: [...new Set(emptyQueries)].slice(0, 6),
        list,
        shapes: generated.map((x) => x.shape),
        meanRows: rows / list.length,
        examples: [...new Set(list)].slice(0, 4),
        slowest: { query: list[worst]!, ms: fnMs[worst]!, plan: await explain(db, list[worst]!) },
      };
      log(`  ${kind}: ${list.length} queries done`);
    }
    const explained: SearchWorkerResult["explained"] = [];
    for (const query of (process.env.BENCH_EXPLAIN_QUERIES ?? "").split(";").filter((q) => q.trim())) {
      const plans = [{ name: "today", plan: await explain(db, query) }];
      for (const [name, condition] of withProposal ? Object.entries(CANDIDATES) : [])
        plans.push({ name, plan: await explain(db, query, condition) });
      explained.push({ query, plans });
    }
    const result: SearchWorkerResult = { patients: count, loadMs, analyzed, kinds, explained };
    writeResult(result);
  } finally {
    lease.release();
  }
}

let exitCode = 0;
try {
  await main();
} catch (err) {
  console.error(`search-worker: ${(err as Error)?.stack ?? err}`);
  exitCode = 1;
} finally {
  await closeTenantRegistry().catch(() => undefined);
  await closeMainDb().catch(() => undefined);
}
process.exit(exitCode);
