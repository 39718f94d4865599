// Child of scripts/bench/provision.ts, run with the environment of one dialect (DATA_DIR / DATABASE_URL):
//   1. one warm-up hospital (opens and migrates the main database; on Postgres builds the tenant template)
//   2. N hospitals one after another, each timed, with the time of every provisioning step
//   3. more hospitals, a few at a time, until the run has T in all (the tenants for the migration benchmark)
// All through the real createHospital. Writes its figures to BENCH_RESULT_FILE.
import "../lib/quiet-logs";
import { closeMainDb, mainDb } from "../../server/tenancy/main-db";
import { createHospital, type ProvisionStep } from "../../server/tenancy/provision";
import { closeTenantRegistry } from "../../server/tenancy";
import { benchCode, log, writeResult } from "./lib";

export type StepTimes = Partial<Record<ProvisionStep, number>>;
export type ProvisionWorkerResult = {
  warmupMs: number;
  perHospitalMs: number[];
  /** per step, the time of each measured hospital */
  stepMs: Record<ProvisionStep, number[]>;
  bulk: { created: number; concurrency: number; totalMs: number; perHospitalMs: number[] };
};

const PASSWORD = "Harbour-Lantern-Bench-77";
const STEPS: ProvisionStep[] = ["control-row", "database", "migrations", "meta", "active"];

async function provisionOne(code: string): Promise<{ ms: number; steps: StepTimes }> {
  const steps: StepTimes = {};
  const started = performance.now();
  let last = started;
  await createHospital(
    {
      name: `Bench Hospital ${code}`,
      code,
      email: `info@${code.toLowerCase()}.test`,
      plan: "ENTERPRISE",
      admin: {
        username: "admin",
        email: `admin@${code.toLowerCase()}.test`,
        password: PASSWORD,
        firstName: "Ada",
        lastName: "Admin",
      },
    },
    {
      afterStep(step) {
        const now = performance.now();
        steps[step] = now - last;
        last = now;
      },
    },
  );
  return { ms: performance.now() - started, steps };
}

async function main() {
  const [hospitalsArg, totalArg, concurrencyArg] = process.argv.slice(2).map(Number);
  const prefix = process.env.BENCH_PREFIX;
  if (!prefix || !Number.isInteger(hospitalsArg) || !Number.isInteger(totalArg) || !Number.isInteger(concurrencyArg)) {
    throw new Error("usage: provision-worker.ts HOSPITALS TOTAL CONCURRENCY (with BENCH_PREFIX set)");
  }
  const hospitals = hospitalsArg!;
  const total = totalArg!;
  const concurrency = concurrencyArg!;
  let n = 0;

  const w = performance.now();
  await mainDb();
  await provisionOne(benchCode(prefix, n++));
  const warmupMs = performance.now() - w;

  const perHospitalMs: number[] = [];
  const stepMs = Object.fromEntries(STEPS.map((s) => [s, [] as number[]])) as Record<ProvisionStep, number[]>;
  for (let i = 0; i < hospitals; i++) {
    const r = await provisionOne(benchCode(prefix, n++));
    perHospitalMs.push(r.ms);
    for (const s of STEPS) stepMs[s].push(r.steps[s] ?? 0);
  }

  // top up to `total` hospitals, `concurrency` at a time
  const todo = Math.max(0, total - n);
  const bulkTimes: number[] = [];
  const bulkStart = performance.now();
  let next = 0;
  let reported = 0;
  async function worker() {
    while (next < todo) {
      const code = benchCode(prefix!, n + next++);
      bulkTimes.push((await provisionOne(code)).ms);
      if (bulkTimes.length - reported >= 100 || bulkTimes.length === todo) {
        reported = bulkTimes.length;
        log(
          `    ${reported}/${todo} more hospitals created (${((performance.now() - bulkStart) / 1000).toFixed(1)} s)`,
        );
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, todo) }, worker));
  const bulkMs = performance.now() - bulkStart;

  const result: ProvisionWorkerResult = {
    warmupMs,
    perHospitalMs,
    stepMs,
    bulk: { created: todo, concurrency, totalMs: bulkMs, perHospitalMs: bulkTimes },
  };
  writeResult(result);
}

let exitCode = 0;
try {
  await main();
} catch (err) {
  console.error(`provision-worker: ${(err as Error)?.stack ?? err}`);
  exitCode = 1;
} finally {
  await closeTenantRegistry().catch(() => undefined);
  await closeMainDb().catch(() => undefined);
}
process.exit(exitCode);
