// Provisioning a hospital, as one recoverable operation:
//   control row (PROVISIONING) + hospital admin account, in one control transaction
//   → database created (Postgres: CREATE DATABASE … TEMPLATE; libsql: new file built aside and renamed in)
//   → tenant migrations → meta row naming the hospital → ACTIVE.
// A hospital is ACTIVE only after every step. Whoever provisions holds a lease on the row; a rerun after a crash
// takes the lease over (expired, or its owner process is gone) and completes the remaining steps. Two concurrent
// creations of one code: exactly one succeeds, the other gets CONFLICT.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { control, driver, tenant, type Db } from "@/db";
import { newId } from "@/db/id";
import type { HospitalStatus } from "@/shared/enums";
import { passwordProblem } from "../auth/password-policy";
import { hashPassword } from "../auth/password";
import { fieldErrorsOf } from "@/shared/errors";
import { AppError, englishText } from "../errors";
import { newHospitalSchema, type NewHospitalInput } from "../../shared/hospitals/schemas";
import { defaultHospitalSettings } from "../../shared/hospitals/settings-schema";
import { defaultSubscriptionEnd } from "../../shared/hospitals/plans";
import { log } from "../log";
import { readTenantCode, tenantRegistry } from "./index";
import { mainDb } from "./main-db";

export type ProvisionStep = "control-row" | "database" | "migrations" | "meta" | "active";
export type ProvisionHooks = {
  /** called after each completed step (progress display; tests simulate crashes here) */
  afterStep?: (step: ProvisionStep, code: string) => void | Promise<void>;
  /**
   * An operator's initial admin password that fails the policy is accepted as a temporary one: the admin must
   * choose a compliant password at first sign-in. Off for the web console and the API, which refuse it.
   */
  allowTemporaryPassword?: boolean;
};

const LEASE_MS = 60_000;
const me = () => `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

function ownerIsGone(owner: string | null): boolean {
  if (!owner) return true;
  const [host, pid] = owner.split(":");
  if (host !== hostname() || !pid) return false;
  if (Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export type ProvisionResult = {
  code: string;
  id: string;
  resumed: boolean;
  /** the admin password failed the policy and must be changed at first sign-in */
  temporaryPassword: string | null;
};

export async function createHospital(input: NewHospitalInput, hooks: ProvisionHooks = {}): Promise<ProvisionResult> {
  const parsed = newHospitalSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  const h = parsed.data;
  const problem = passwordProblem(h.admin.password, { ...h.admin, hospitalName: h.name, hospitalCode: h.code });
  if (problem && !hooks.allowTemporaryPassword)
    throw new AppError("VALIDATION", { field: "admin.password", fieldCode: problem.code, params: problem.params });

  const main = await mainDb();
  const passwordHash = await hashPassword(h.admin.password);
  const owner = me();
  const now = new Date();
  const hospitalId = newId();
  try {
    await main.transaction(async (tx) => {
      await tx.insert(control.hospitals).values({
        id: hospitalId,
        code: h.code,
        name: h.name,
        email: h.email,
        phone: h.phone,
        address: h.address,
        city: h.city,
        state: h.state,
        country: h.country,
        plan: h.plan,
        status: "PROVISIONING",
        subscriptionStartsAt: now,
        subscriptionEndsAt: defaultSubscriptionEnd(h.plan, now),
        settings: defaultHospitalSettings(h.code),
        provisionOwner: owner,
        provisionLeaseUntil: new Date(now.getTime() + LEASE_MS),
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(control.users).values({
        id: newId(),
        hospitalId,
        username: h.admin.username,
        email: h.admin.email,
        firstName: h.admin.firstName,
        lastName: h.admin.lastName,
        role: "ADMIN",
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: problem !== null,
        createdAt: now,
        updatedAt: now,
      });
    });
  } catch (err) {
    if (!driver().isUniqueViolation(err)) throw err;
    // The code exists: finished, being created right now, or left half-done by a crash.
    const resumed = await claimUnfinished(h.code, owner);
    await completeProvisioning(h.code, owner, hooks);
    return { code: h.code, id: resumed, resumed: true, temporaryPassword: null };
  }
  await completeProvisioning(h.code, owner, hooks, { justCreated: true });
  return {
    code: h.code,
    id: hospitalId,
    resumed: false,
    temporaryPassword: problem && englishText(problem.code, problem.params),
  };
}

/** takes over a half-provisioned hospital, or explains why not (CONFLICT) */
async function claimUnfinished(code: string, owner: string): Promise<string> {
  const main = await mainDb();
  const [row] = await main
    .select({ id: control.hospitals.id, status: control.hospitals.status, owner: control.hospitals.provisionOwner })
    .from(control.hospitals)
    .where(eq(control.hospitals.code, code));
  if (!row) throw new AppError("HOSPITAL_CREATE_RACE", { params: { code } });
  if (row.status !== "PROVISIONING") throw new AppError("HOSPITAL_EXISTS", { params: { code } });
  const now = new Date();
  const t = control.hospitals;
  const claimable = ownerIsGone(row.owner)
    ? row.owner === null
      ? isNull(t.provisionOwner)
      : eq(t.provisionOwner, row.owner)
    : or(isNull(t.provisionOwner), lt(t.provisionLeaseUntil, now));
  const claimed = await main
    .update(t)
    .set({ provisionOwner: owner, provisionLeaseUntil: new Date(now.getTime() + LEASE_MS), updatedAt: now })
    .where(and(eq(t.code, code), eq(t.status, "PROVISIONING"), claimable))
    .returning({ id: t.id });
  if (claimed.length === 0) throw new AppError("HOSPITAL_BEING_CREATED", { params: { code } });
  log.info({ code }, "resuming an unfinished provisioning");
  return row.id;
}

/** extends our lease; fails if another process took the hospital over meanwhile */
async function renewLease(code: string, owner: string): Promise<void> {
  const main = await mainDb();
  const t = control.hospitals;
  const rows = await main
    .update(t)
    .set({ provisionLeaseUntil: new Date(Date.now() + LEASE_MS) })
    .where(and(eq(t.code, code), eq(t.provisionOwner, owner)))
    .returning({ id: t.id });
  if (rows.length === 0) throw new AppError("PROVISIONING_LEASE_LOST", { params: { code } });
}

async function completeProvisioning(
  code: string,
  owner: string,
  hooks: ProvisionHooks,
  opts: { justCreated?: boolean } = {},
): Promise<void> {
  const main = await mainDb();
  const t = control.hospitals;
  try {
    if (opts.justCreated) await hooks.afterStep?.("control-row", code);
    const [row] = await main.select({ dbServer: t.dbServer }).from(t).where(eq(t.code, code));
    const server = row?.dbServer ?? null;
    const d = driver();
    if (!(await d.tenantExists(code, server))) await d.createTenant(code, server);
    await hooks.afterStep?.("database", code);
    await renewLease(code, owner);

    const handle = await d.openTenant(code, server);
    let version: number;
    try {
      ({ version } = await d.migrate(handle.db, "tenant"));
      await hooks.afterStep?.("migrations", code);
      await stampMeta(handle.db, code, version);
    } finally {
      await handle.close();
    }
    await hooks.afterStep?.("meta", code);
    await renewLease(code, owner);

    const now = new Date();
    const done = await main
      .update(t)
      .set({
        status: "ACTIVE" as HospitalStatus,
        provisionOwner: null,
        provisionLeaseUntil: null,
        provisionError: null,
        schemaVersion: version,
        lastMigratedAt: now,
        updatedAt: now,
      })
      .where(and(eq(t.code, code), eq(t.provisionOwner, owner)))
      .returning({ id: t.id });
    if (done.length === 0) throw new AppError("PROVISIONING_LEASE_LOST", { params: { code } });
    await hooks.afterStep?.("active", code);
    log.info({ code }, "hospital provisioned");
  } catch (err) {
    // give the lease back at once so a rerun need not wait for it to expire
    await main
      .update(t)
      .set({
        provisionOwner: null,
        provisionLeaseUntil: null,
        provisionError: String((err as Error).message ?? err).slice(0, 500),
      })
      .where(and(eq(t.code, code), eq(t.provisionOwner, owner)))
      .catch(() => undefined);
    throw err;
  }
}

/** writes (or checks) the meta row that ties a database to its hospital */
async function stampMeta(db: Db, code: string, version: number): Promise<void> {
  const now = new Date();
  const existing = await readTenantCode(db);
  if (existing !== null && existing !== code) {
    throw new AppError("DATABASE_OF_OTHER_HOSPITAL", { params: { code, other: existing } });
  }
  if (existing === null) {
    await db
      .insert(tenant.meta)
      .values({ id: 1, hospitalCode: code, schemaVersion: version, createdAt: now, migratedAt: now })
      .onConflictDoNothing();
    const again = await readTenantCode(db);
    if (again !== code) throw new AppError("DATABASE_OF_OTHER_HOSPITAL", { params: { code, other: again ?? "?" } });
  } else {
    await db.update(tenant.meta).set({ schemaVersion: version, migratedAt: now }).where(eq(tenant.meta.id, 1));
  }
}

export type MigrateHospitalResult = { code: string; applied: number; version: number; completedProvisioning: boolean };

/**
 * Brings one hospital's database to the latest schema (`pnpm db:provision`, the super admin console). A hospital
 * left PROVISIONING by a crash is completed here too.
 */
export async function migrateHospital(code: string, hooks: ProvisionHooks = {}): Promise<MigrateHospitalResult> {
  const main = await mainDb();
  const t = control.hospitals;
  const [row] = await main.select({ status: t.status }).from(t).where(eq(t.code, code));
  if (!row) throw new AppError("HOSPITAL_NOT_FOUND", { params: { code } });
  if (row.status === "PROVISIONING") {
    const owner = me();
    await claimUnfinished(code, owner);
    await completeProvisioning(code, owner, hooks);
    const [after] = await main.select({ v: t.schemaVersion }).from(t).where(eq(t.code, code));
    return { code, applied: 0, version: after?.v ?? 0, completedProvisioning: true };
  }
  const result = await tenantRegistry().with(code, async (db) => {
    const r = await driver().migrate(db, "tenant");
    await stampMeta(db, code, r.version);
    return r;
  });
  await main.update(t).set({ schemaVersion: result.version, lastMigratedAt: new Date() }).where(eq(t.code, code));
  return { code, ...result, completedProvisioning: false };
}
