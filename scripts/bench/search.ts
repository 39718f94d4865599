// pnpm bench:search — patient search (patient.list) in one hospital of P patients (default 100,000), on libsql and on
// Postgres, each in its own temp DATA_DIR / uniquely named main database, removed afterwards (also on failure).
// Name-prefix, MRN and phone queries (~200 each, drawn from the generated patients) are timed two ways:
//   listPatients — the search function patient.list runs, on the hospital's database
//   tRPC         — a whole request: createContext (session check) + appRouter patient.list as the hospital's ADMIN
// Target: p95 ≤ 20 ms. The query plan of the slowest query of a kind is printed when the kind misses it.
import path from "node:path";
import type { SearchWorkerResult } from "./search-worker";
import {
  createBenchEnv,
  dialectsOf,
  DIALECT_LABEL,
  fmtMs,
  fmtS,
  KINDS,
  log,
  machineLoad,
  parseBenchFlags,
  percentile,
  runWorker,
  table,
  verdict,
  type Dialect,
  type QueryKind,
} from "./lib";

const TARGET_P95_MS = 20;

export const FLAGS = {
  patients: { help: "Patients in the hospital", default: "100000", int: true },
  queries: { help: "Queries per kind (name, MRN, phone)", default: "200", int: true },
  explain: {
    help: "Print query plans: missed (kinds over the target) | all | none",
    default: "missed",
    choices: ["missed", "all", "none"],
  },
  proposal: {
    help: "Also time candidate rewrites of the search (see search-worker.ts): yes | no",
    default: "no",
    choices: ["yes", "no"],
  },
  "explain-query": {
    help: 'Also print the plans (today\'s, and the candidates\' with --proposal yes) of these searches, ";"-separated, e.g. "b;mu kh"',
  },
  dialect: { help: "sqlite | pg | both", default: "both", choices: ["sqlite", "libsql", "pg", "postgres", "both"] },
};

async function runDialect(dialect: Dialect, f: Record<string, string>): Promise<SearchWorkerResult> {
  // a code (and so an MRN prefix) starting with a digit: a one-letter search then tests names, not every MRN
  const benchEnv = await createBenchEnv(dialect, { codeStart: "9" });
  try {
    log(
      `\n[${DIALECT_LABEL[dialect]}] ${dialect === "pg" ? `main database ${benchEnv.mainDb}` : `DATA_DIR ${benchEnv.dataDir}`}`,
    );
    return await runWorker<SearchWorkerResult>(
      path.join(import.meta.dirname, "search-worker.ts"),
      { ...benchEnv.env, BENCH_PREFIX: benchEnv.prefix, BENCH_EXPLAIN_QUERIES: f["explain-query"] ?? "" },
      [f.patients!, f.queries!, f.proposal === "yes" ? "proposal" : ""],
    );
  } finally {
    await benchEnv.cleanup();
  }
}

export async function benchSearch(argv: string[]): Promise<boolean> {
  const f = parseBenchFlags("bench:search", argv, FLAGS);
  const loadBefore = machineLoad();
  const results: Array<{ dialect: Dialect; r: SearchWorkerResult }> = [];
  let failed = false;
  for (const d of dialectsOf(f.dialect)) {
    try {
      results.push({ dialect: d, r: await runDialect(d, f) });
    } catch (err) {
      failed = true;
      console.error(`[${DIALECT_LABEL[d]}] search benchmark failed: ${(err as Error).message}`);
    }
  }
  if (results.length === 0) return false;

  console.log(`\nPatient search (patient.list, first page of 20) in one hospital`);
  console.log(
    table(
      [
        "dialect",
        "patients",
        "load s",
        "kind",
        "queries",
        "found none",
        "rows/page",
        "fn p50 ms",
        "fn p95 ms",
        "tRPC p50 ms",
        "tRPC p95 ms",
        `p95 ≤ ${TARGET_P95_MS} ms`,
      ],
      results.flatMap(({ dialect, r }) =>
        KINDS.map((kind) => {
          const k = r.kinds[kind];
          const worst = Math.max(percentile(k.fnMs, 95), percentile(k.trpcMs, 95));
          return [
            DIALECT_LABEL[dialect],
            r.patients.toLocaleString("en"),
            fmtS(r.loadMs),
            kind,
            String(k.queries),
            String(k.empty),
            k.meanRows.toFixed(1),
            fmtMs(percentile(k.fnMs, 50)),
            fmtMs(percentile(k.fnMs, 95)),
            fmtMs(percentile(k.trpcMs, 50)),
            fmtMs(percentile(k.trpcMs, 95)),
            verdict(worst, TARGET_P95_MS),
          ];
        }),
      ),
    ),
  );
  const candidateNames = [
    ...new Set(results.flatMap(({ r }) => KINDS.flatMap((k) => r.kinds[k].candidates.map((c) => c.name)))),
  ];
  const candidateP95 = (k: SearchWorkerResult["kinds"][QueryKind], name: string, idx?: number[]) => {
    const ms = k.candidates.find((c) => c.name === name)?.fnMs ?? [];
    return fmtMs(percentile(idx ? idx.map((i) => ms[i] ?? NaN) : ms, 95));
  };
  console.log(`\nBy query shape`);
  const shapeRows: string[][] = [];
  for (const { dialect, r } of results) {
    for (const kind of KINDS) {
      const k = r.kinds[kind];
      for (const shape of [...new Set(k.shapes)]) {
        const idx = k.shapes.flatMap((s, i) => (s === shape ? [i] : []));
        const of = (ms: number[] | undefined) => idx.map((i) => ms?.[i] ?? NaN);
        const example = k.list[idx[0]!]!;
        shapeRows.push([
          DIALECT_LABEL[dialect],
          kind,
          shape,
          String(idx.length),
          fmtMs(percentile(of(k.fnMs), 50)),
          fmtMs(percentile(of(k.fnMs), 95)),
          fmtMs(percentile(of(k.trpcMs), 95)),
          ...candidateNames.map((name) => candidateP95(k, name, idx)),
          JSON.stringify(example),
        ]);
      }
    }
  }
  console.log(
    table(
      [
        "dialect",
        "kind",
        "shape",
        "queries",
        "fn p50 ms",
        "fn p95 ms",
        "tRPC p95 ms",
        ...candidateNames.map((n) => `${n} p95 ms`),
        "e.g.",
      ],
      shapeRows,
    ),
  );
  for (const { dialect, r } of results) {
    for (const kind of KINDS) {
      const k = r.kinds[kind];
      if (k.empty)
        console.log(
          `[${DIALECT_LABEL[dialect]}] ${kind}: ${k.empty} queries found no patient, e.g. ${k.emptyQueries.map((q) => JSON.stringify(q)).join(", ")}`,
        );
    }
  }
  if (candidateNames.length) {
    console.log(`\nCandidate fixes (--proposal; each gives the same first pages; see search-worker.ts)`);
    console.log(`  union:     one word → id IN (terms UNION ALL mrn range UNION ALL phone range)`);
    console.log(
      `  name keys: one word → the page is picked from an index on (term, sort_name, patient_id) alone, then 21 patients fetched`,
    );
    console.log(
      table(
        ["dialect", "kind", "fn p50 ms", "fn p95 ms", ...candidateNames.flatMap((n) => [`${n} p50 ms`, `${n} p95 ms`])],
        results.flatMap(({ dialect, r }) =>
          KINDS.map((kind) => {
            const k = r.kinds[kind];
            const p50 = (name: string) => fmtMs(percentile(k.candidates.find((c) => c.name === name)?.fnMs ?? [], 50));
            return [
              DIALECT_LABEL[dialect],
              kind,
              fmtMs(percentile(k.fnMs, 50)),
              fmtMs(percentile(k.fnMs, 95)),
              ...candidateNames.flatMap((n) => [p50(n), candidateP95(k, n)]),
            ];
          }),
        ),
      ),
    );
  }
  console.log(
    `fn = listPatients on the hospital database; tRPC = createContext (session check on the main database) + patient.list.`,
  );
  console.log(
    `Postgres: VACUUM ANALYZE after the load (what autovacuum does after bulk inserts). SQLite: no statistics (the app never runs ANALYZE).`,
  );
  console.log(`Machine: ${loadBefore} at the start, ${machineLoad()} at the end.`);
  console.log(
    `\nExample queries: ${KINDS.map((k) => `${k}: ${results[0]!.r.kinds[k].examples.map((q) => JSON.stringify(q)).join(", ")}`).join("; ")}`,
  );

  for (const { dialect, r } of results) {
    for (const kind of KINDS) {
      const k = r.kinds[kind];
      const missed = Math.max(percentile(k.fnMs, 95), percentile(k.trpcMs, 95)) > TARGET_P95_MS;
      if (f.explain === "all" || (f.explain === "missed" && missed)) {
        console.log(
          `\n[${DIALECT_LABEL[dialect]}] ${kind}: plan of the slowest query ${JSON.stringify(k.slowest.query)} (${fmtMs(k.slowest.ms)} ms)`,
        );
        console.log(k.slowest.plan.replace(/^/gm, "    "));
      }
      for (const c of f.explain === "none" ? [] : k.candidates) {
        console.log(
          `\n[${DIALECT_LABEL[dialect]}] ${kind}, candidate ${c.name}: plan of its slowest query ${JSON.stringify(c.slowest.query)} (${fmtMs(c.slowest.ms)} ms)`,
        );
        console.log(c.slowest.plan.replace(/^/gm, "    "));
      }
    }
  }
  for (const { dialect, r } of results) {
    for (const e of r.explained) {
      for (const { name, plan } of e.plans) {
        console.log(`\n[${DIALECT_LABEL[dialect]}] ${JSON.stringify(e.query)}, ${name}:`);
        console.log(plan.replace(/^/gm, "    "));
      }
    }
  }
  return !failed;
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("scripts/bench/search.ts")) {
  benchSearch(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
