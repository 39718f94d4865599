// Tenant database access for the whole server: tenantDb(code) leases a hospital's database from the registry,
// withHospital(code, fn) is the scoped form for scripts. There is no "current hospital" anywhere else.
import { eq } from "drizzle-orm";
import { control, driver, tenant, type Db, type DbHandle } from "@/db";
import { config } from "../config";
import { AppError, type ErrorCode } from "../errors";
import { assertHospitalCode } from "./codes";
import { mainDb } from "./main-db";
import { TenantDatabaseMismatch, TenantRegistry, type Lease } from "./registry";

/** how many hospital databases this process may hold open (Postgres: also bounded by the connection budget) */
export function registryCapacity(): number {
  if (driver().name === "pg") {
    return Math.max(1, Math.min(config.tenantCacheSize, Math.floor(config.pgConnectionBudget / config.pgPoolMax)));
  }
  return config.tenantCacheSize;
}

/** the hospital code a tenant database says it belongs to (null: not provisioned) */
export async function readTenantCode(db: Db): Promise<string | null> {
  const rows = await db.select({ code: tenant.meta.hospitalCode }).from(tenant.meta).where(eq(tenant.meta.id, 1));
  return rows[0]?.code ?? null;
}

/** the main database's row of a hospital that may be served; throws (without touching its database) otherwise */
async function servableHospital(canonical: string) {
  const main = await mainDb();
  const [row] = await main
    .select({
      dbServer: control.hospitals.dbServer,
      status: control.hospitals.status,
      maintenanceSince: control.hospitals.maintenanceSince,
    })
    .from(control.hospitals)
    .where(eq(control.hospitals.code, canonical));
  if (!row) throw new AppError("HOSPITAL_NOT_FOUND", { params: { code: canonical } });
  // a hospital still being provisioned never serves, even if its database happens to be complete
  if (row.status === "PROVISIONING") throw new AppError("HOSPITAL_NOT_READY", { params: { code: canonical } });
  // closed for maintenance (a restore): no process opens it, not even one without a watcher (scripts, db:provision)
  if (row.maintenanceSince) throw new AppError("MAINTENANCE", { params: { code: canonical } });
  return row;
}

/** the registry's check before it takes a slot: unknown or unservable codes never open, evict or wait */
export async function assertHospitalServable(code: string): Promise<void> {
  await servableHospital(assertHospitalCode(code));
}

/**
 * The error to answer when a hospital's database failed as a whole (see DatabaseFailure in db/driver.ts): a 503
 * HOSPITAL_DATABASE_UNAVAILABLE naming only that hospital; null for an ordinary error, which is answered as it is.
 */
export function hospitalUnavailableError(code: string, err: unknown): AppError | null {
  if (err instanceof AppError) return null;
  if (!driver().databaseFailure(err)) return null;
  return new AppError("HOSPITAL_DATABASE_UNAVAILABLE", { params: { code }, cause: err });
}

export async function openHospitalDatabase(code: string): Promise<DbHandle> {
  const canonical = assertHospitalCode(code);
  const row = await servableHospital(canonical);
  let handle: DbHandle;
  try {
    handle = await driver().openTenant(canonical, row.dbServer);
  } catch (err) {
    throw new AppError("HOSPITAL_DATABASE_UNAVAILABLE", { params: { code: canonical }, cause: String(err) });
  }
  let found: string | null;
  try {
    found = await readTenantCode(handle.db);
  } catch (err) {
    // a file that is damaged, locked or gone, a server that went away: unavailable, not another hospital's
    if (driver().databaseFailure(err)) {
      await handle.close().catch(() => undefined);
      throw new AppError("HOSPITAL_DATABASE_UNAVAILABLE", { params: { code: canonical }, cause: String(err) });
    }
    found = null;
  }
  if (found !== canonical) {
    await handle.close();
    throw new TenantDatabaseMismatch(canonical, found);
  }
  return handle;
}

const g = globalThis as unknown as { __zainTenantRegistry?: TenantRegistry };

/** the process-wide registry (kept on globalThis so development reloads do not leak open databases) */
export function tenantRegistry(): TenantRegistry {
  g.__zainTenantRegistry ??= new TenantRegistry(registryCapacity(), openHospitalDatabase, {
    precheck: assertHospitalServable,
    waitTimeoutMs: config.tenantWaitTimeoutMs,
    isBroken: (err) => driver().databaseFailure(err) === "broken",
  });
  return g.__zainTenantRegistry;
}

/** leases the database of hospital `code`; release() the lease when done */
export async function tenantDb(code: string): Promise<Lease> {
  return tenantRegistry().acquire(assertHospitalCode(code));
}

/** runs fn with the database of hospital `code` (scripts, jobs) */
export async function withHospital<T>(code: string, fn: (db: Db) => Promise<T>): Promise<T> {
  return tenantRegistry().with(assertHospitalCode(code), fn);
}

/**
 * Whether hospital `code`'s database serves right now (one read of its meta row through the registry): null if it
 * does, else the 503 code a page shows as "temporarily unavailable" (HOSPITAL_DATABASE_UNAVAILABLE, MAINTENANCE,
 * HOSPITALS_BUSY). Any other error is not this check's business and reads as null: the page meets it itself.
 */
export async function hospitalDatabaseProblem(code: string): Promise<ErrorCode | null> {
  try {
    await withHospital(code, (db) => readTenantCode(db));
    return null;
  } catch (err) {
    const known = err instanceof AppError ? err : hospitalUnavailableError(code, err);
    return known?.trpcCode === "SERVICE_UNAVAILABLE" ? known.code : null;
  }
}

export async function closeTenantRegistry(): Promise<void> {
  const r = g.__zainTenantRegistry;
  g.__zainTenantRegistry = undefined;
  await r?.closeAll();
}

export type { Lease };
