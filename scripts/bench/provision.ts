// pnpm bench:provision — how fast hospitals are provisioned, and how fast `pnpm db:provision` brings T hospital
// databases up to date when one new tenant migration ships. On libsql (a temp DATA_DIR) and on Postgres (a uniquely
// named main database on the local server); everything a run creates is removed afterwards, also on failure.
//
//   1. provisioning: the real createHospital, one hospital after another (after one warm-up hospital): median/p95
//   2. T hospitals in all (created a few at a time, also through createHospital)
//   3. one new migration: a copy of the tenant migrations plus one more (a table and two indexes) is laid out in a
//      scratch directory, and the real `scripts/provision.ts` (pnpm db:provision) runs there. The migrator reads
//      <cwd>/db/migrations/<set>/<dialect>, so running it from that directory is all the "override" it needs.
import fs from "node:fs";
import path from "node:path";
import type { ProvisionWorkerResult } from "./provision-worker";
import {
  createBenchEnv,
  dialectsOf,
  DIALECT_LABEL,
  fmtMs,
  fmtS,
  log,
  machineLoad,
  median,
  parseBenchFlags,
  percentile,
  REPO,
  runTs,
  runWorker,
  table,
  verdict,
  type Dialect,
} from "./lib";

const TARGET = {
  provisionMs: { sqlite: 100, pg: 300 },
  migrateAllMs: { sqlite: 20_000, pg: 120_000 },
} as const;

export const FLAGS = {
  hospitals: { help: "Hospitals provisioned one by one and timed", default: "20", int: true },
  tenants: {
    help: "Hospitals in all for the migration benchmark (libsql; Postgres too unless --pg-tenants)",
    default: "1000",
    int: true,
  },
  "pg-tenants": { help: "Hospitals in all for the migration benchmark on Postgres (default: --tenants)", int: true },
  concurrency: { help: "Hospitals created at the same time while building the tenants", default: "4", int: true },
  "migrate-concurrency": {
    help: "pnpm db:provision --concurrency (its own default is 4); a comma list runs it once per value, each time with one more new migration",
    default: "4",
    list: true,
  },
  dialect: { help: "sqlite | pg | both", default: "both", choices: ["sqlite", "libsql", "pg", "postgres", "both"] },
};

type MigrationRun = { hospitals: number; applied: number; concurrency: number; reportedMs: number; wallMs: number };
type DialectResult = {
  dialect: Dialect;
  tenants: number;
  provision: ProvisionWorkerResult;
  migrations: MigrationRun[];
};

/**
 * a copy of the tenant migrations of `dialect` plus `extra` new ones, in the layout the migrator reads; under the
 * run's DATA_DIR, so the run's cleanup removes it whatever happens
 */
function overlayWithNewMigrations(dialect: Dialect, extra: number, dataDir: string): string {
  const dir = fs.mkdtempSync(path.join(dataDir, "bench-migrations-"));
  const src = path.join(REPO, "db", "migrations");
  const dst = path.join(dir, "db", "migrations");
  fs.mkdirSync(path.join(dst, "control"), { recursive: true });
  fs.symlinkSync(path.join(src, "control", dialect), path.join(dst, "control", dialect), "dir");
  const tenantDir = path.join(dst, "tenant", dialect);
  fs.cpSync(path.join(src, "tenant", dialect), tenantDir, { recursive: true });

  const journalFile = path.join(tenantDir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as {
    entries: Array<{ idx: number; version: string; when: number; tag: string; breakpoints: boolean }>;
  };
  for (let n = 1; n <= extra; n++) {
    const last = journal.entries[journal.entries.length - 1];
    if (!last) throw new Error(`no tenant migrations in ${tenantDir}`);
    const idx = last.idx + 1;
    const tag = `${String(idx).padStart(4, "0")}_bench_probe_${n}`;
    journal.entries.push({
      idx,
      version: last.version,
      when: Math.max(...journal.entries.map((e) => e.when)) + 1_000,
      tag,
      breakpoints: true,
    });
    // a typical small migration: a new table with an index, and an index on an existing table
    const statements = [
      `CREATE TABLE "bench_probe_${n}" ("id" integer PRIMARY KEY NOT NULL, "note" text DEFAULT '' NOT NULL)`,
      `CREATE INDEX "bench_probe_${n}_note_idx" ON "bench_probe_${n}" ("note")`,
      `CREATE INDEX "bench_probe_${n}_patients_city_idx" ON "patients" ("city")`,
    ];
    fs.writeFileSync(path.join(tenantDir, `${tag}.sql`), statements.join(";--> statement-breakpoint\n") + ";\n");
  }
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return dir;
}

async function runDialect(dialect: Dialect, f: Record<string, string>): Promise<DialectResult> {
  const hospitals = Number(f.hospitals);
  const tenants = Math.max(hospitals + 1, Number(dialect === "pg" ? (f["pg-tenants"] ?? f.tenants) : f.tenants));
  const benchEnv = await createBenchEnv(dialect);
  try {
    log(
      `\n[${DIALECT_LABEL[dialect]}] ${dialect === "pg" ? `main database ${benchEnv.mainDb}` : `DATA_DIR ${benchEnv.dataDir}`}`,
    );
    log(
      `  provisioning 1 warm-up + ${hospitals} hospitals one by one, then up to ${tenants} hospitals ${f.concurrency} at a time…`,
    );
    const provision = await runWorker<ProvisionWorkerResult>(
      path.join(import.meta.dirname, "provision-worker.ts"),
      { ...benchEnv.env, BENCH_PREFIX: benchEnv.prefix },
      [String(hospitals), String(tenants), f.concurrency!],
    );

    const migrations: MigrationRun[] = [];
    for (const [i, concurrency] of f["migrate-concurrency"]!.split(",").map(Number).entries()) {
      const overlay = overlayWithNewMigrations(dialect, i + 1, benchEnv.dataDir);
      log(
        `  new tenant migration #${i + 1} → pnpm db:provision --concurrency ${concurrency} over ${tenants} hospitals…`,
      );
      const run = await runTs(path.join(REPO, "scripts", "provision.ts"), {
        env: benchEnv.env,
        cwd: overlay,
        args: ["--concurrency", String(concurrency)],
        captureStdout: true,
      });
      const m = /(\d+) hospital database\(s\) up to date, (\d+) migration\(s\) applied, in (\d+) ms/.exec(run.stdout);
      if (run.code !== 0 || !m)
        throw new Error(`db:provision failed (exit ${run.code}):\n${run.stdout.split("\n").slice(-20).join("\n")}`);
      const migration: MigrationRun = {
        hospitals: Number(m[1]),
        applied: Number(m[2]),
        concurrency,
        reportedMs: Number(m[3]),
        wallMs: run.ms,
      };
      if (migration.hospitals !== tenants || migration.applied !== tenants) {
        throw new Error(
          `db:provision migrated ${migration.hospitals} hospital(s) and applied ${migration.applied} migration(s); expected ${tenants} of each`,
        );
      }
      migrations.push(migration);
    }
    return { dialect, tenants, provision, migrations };
  } finally {
    await benchEnv.cleanup();
  }
}

export async function benchProvision(argv: string[]): Promise<boolean> {
  const f = parseBenchFlags("bench:provision", argv, FLAGS);
  const loadBefore = machineLoad();
  const results: DialectResult[] = [];
  let failed = false;
  for (const d of dialectsOf(f.dialect)) {
    try {
      results.push(await runDialect(d, f));
    } catch (err) {
      failed = true;
      console.error(`[${DIALECT_LABEL[d]}] provisioning benchmark failed: ${(err as Error).message}`);
    }
  }
  if (results.length === 0) return false;

  const hospitals = Number(f.hospitals);
  console.log(`\nProvisioning one hospital (createHospital; ${hospitals} hospitals one by one, after 1 warm-up)`);
  console.log(
    table(
      ["dialect", "median ms", "p95 ms", "max ms", "warm-up ms", "target ms", "p95 vs target"],
      results.map((r) => {
        const t = r.provision.perHospitalMs;
        const p95 = percentile(t, 95);
        return [
          DIALECT_LABEL[r.dialect],
          fmtMs(median(t)),
          fmtMs(p95),
          fmtMs(Math.max(...t)),
          fmtMs(r.provision.warmupMs),
          String(TARGET.provisionMs[r.dialect]),
          verdict(p95, TARGET.provisionMs[r.dialect]),
        ];
      }),
    ),
  );
  console.log(
    `\nWhere the time goes (median ms per step; "control-row" includes the argon2id hash of the admin password)`,
  );
  const steps = ["control-row", "database", "migrations", "meta", "active"] as const;
  console.log(
    table(
      ["dialect", ...steps],
      results.map((r) => [DIALECT_LABEL[r.dialect], ...steps.map((s) => fmtMs(median(r.provision.stepMs[s])))]),
    ),
  );

  console.log(`\nBuilding the tenants (createHospital, ${f.concurrency} at a time)`);
  console.log(
    table(
      ["dialect", "hospitals in all", "created here", "total s", "median ms", "p95 ms", "hospitals/s"],
      results.map((r) => {
        const b = r.provision.bulk;
        return [
          DIALECT_LABEL[r.dialect],
          String(r.tenants),
          String(b.created),
          fmtS(b.totalMs),
          fmtMs(median(b.perHospitalMs)),
          fmtMs(percentile(b.perHospitalMs, 95)),
          b.totalMs > 0 ? (b.created / (b.totalMs / 1000)).toFixed(1) : "–",
        ];
      }),
    ),
  );

  console.log(`\nOne new tenant migration over every hospital (pnpm db:provision)`);
  console.log(
    table(
      [
        "dialect",
        "hospitals",
        "applied",
        "concurrency",
        "db:provision s",
        "wall s",
        "ms/hospital",
        "target s",
        "vs target",
      ],
      results.flatMap((r) =>
        r.migrations.map((m) => {
          const target = TARGET.migrateAllMs[r.dialect];
          // the target is for 1,000 hospitals: scale it when fewer were migrated
          const scaled = (target * m.hospitals) / 1000;
          return [
            DIALECT_LABEL[r.dialect],
            String(m.hospitals),
            String(m.applied),
            String(m.concurrency),
            fmtS(m.reportedMs),
            fmtS(m.wallMs),
            fmtMs(m.reportedMs / m.hospitals),
            `${fmtS(scaled)}${m.hospitals === 1000 ? "" : "*"}`,
            verdict(m.reportedMs, scaled),
          ];
        }),
      ),
    ),
  );
  if (results.some((r) => r.tenants !== 1000))
    console.log("* target scaled linearly from 1,000 hospitals to the number migrated");
  console.log(
    `"db:provision s" is the time the command reports (main database + every hospital); "wall s" adds process start-up.`,
  );
  console.log(`Machine: ${loadBefore} at the start, ${machineLoad()} at the end.`);
  return !failed;
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("scripts/bench/provision.ts")) {
  benchProvision(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
