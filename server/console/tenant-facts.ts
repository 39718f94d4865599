// Facts read from each hospital's own database (patients, schema version, size). A hospital whose database is
// unavailable, still provisioning, or slow answers null for its facts: one bad hospital never breaks a console view.
import { count, eq } from "drizzle-orm";
import { driver, tenant } from "@/db";
import { migrationsOf } from "@/db/driver";
import { withHospital } from "../tenancy";

const FACT_TIMEOUT_MS = 5_000;
/** how many hospital databases one console request reads at once (Postgres pools are a bounded budget) */
const CONCURRENCY = 4;

export type TenantProbe =
  { reachable: true; patients: number; schemaVersion: number } | { reachable: false; error: string };

/** the latest tenant schema version this build knows */
export function latestTenantVersion(): number {
  return migrationsOf("tenant", driver().name).length;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** opens one hospital's database and reads its patient count and recorded schema version */
export async function probeHospital(code: string, status: string): Promise<TenantProbe> {
  if (status === "PROVISIONING") return { reachable: false, error: "Provisioning has not finished" };
  try {
    return await withTimeout(
      withHospital(code, async (db) => {
        const [patients] = await db.select({ n: count() }).from(tenant.patients);
        const [meta] = await db.select({ v: tenant.meta.schemaVersion }).from(tenant.meta).where(eq(tenant.meta.id, 1));
        return { reachable: true as const, patients: patients?.n ?? 0, schemaVersion: meta?.v ?? 0 };
      }),
      FACT_TIMEOUT_MS,
      `The database of ${code}`,
    );
  } catch (err) {
    return { reachable: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** database size in bytes, or null when it cannot be measured */
export async function databaseBytes(code: string, dbServer: string | null): Promise<number | null> {
  try {
    return await withTimeout(driver().tenantSizeBytes(code, dbServer), FACT_TIMEOUT_MS, `The size of ${code}`);
  } catch {
    return null;
  }
}

/** maps items through fn, at most `limit` at a time, keeping order */
export async function mapBounded<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
  limit = CONCURRENCY,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
