// The hospitals table of the console: control rows joined with facts from each hospital's own database.
import { and, asc, count, eq, isNotNull, type SQL } from "drizzle-orm";
import { control } from "@/db";
import { PLAN_RULES } from "../../shared/hospitals/plans";
import { isReadOnly } from "../hospitals/subscription";
import type { PlatformCtx } from "../context";
import { auditView, findHospital, hospitalColumns, type HospitalRow } from "./context";
import { containsText } from "./query";
import type { HospitalListFilter } from "../../shared/console/schemas";
import { databaseBytes, latestTenantVersion, mapBounded, probeHospital } from "./tenant-facts";

const h = control.hospitals;
const u = control.users;

type StaffCounts = { staff: number; activeStaff: number };

/** staff accounts per hospital id (one grouped query for every hospital) */
async function staffCounts(ctx: PlatformCtx, hospitalId?: string): Promise<Map<string, StaffCounts>> {
  const rows = await ctx.main
    .select({ hospitalId: u.hospitalId, isActive: u.isActive, n: count() })
    .from(u)
    .where(hospitalId ? eq(u.hospitalId, hospitalId) : isNotNull(u.hospitalId))
    .groupBy(u.hospitalId, u.isActive);
  const out = new Map<string, StaffCounts>();
  for (const r of rows) {
    if (!r.hospitalId) continue;
    const c = out.get(r.hospitalId) ?? { staff: 0, activeStaff: 0 };
    c.staff += r.n;
    if (r.isActive) c.activeStaff += r.n;
    out.set(r.hospitalId, c);
  }
  return out;
}

/** one row of the hospitals table: control facts plus what the hospital's own database says */
async function withFacts(row: HospitalRow, staff: StaffCounts | undefined, latest: number) {
  const [probe, bytes] = await Promise.all([
    probeHospital(row.code, row.status),
    databaseBytes(row.code, row.dbServer),
  ]);
  const { dbServer: _dbServer, ...hospital } = row;
  return {
    ...hospital,
    readOnly: isReadOnly(row),
    maxPatients: PLAN_RULES[row.plan].maxPatients,
    patients: probe.reachable ? probe.patients : null,
    staff: staff?.staff ?? 0,
    activeStaff: staff?.activeStaff ?? 0,
    databaseBytes: bytes,
    databaseReachable: probe.reachable,
    databaseError: probe.reachable ? null : probe.error,
    latestSchemaVersion: latest,
  };
}
export type ConsoleHospital = Awaited<ReturnType<typeof withFacts>>;

/** every hospital matching the filter, ordered by code (the console table sorts and pages on the client) */
export async function listHospitals(ctx: PlatformCtx, filter: HospitalListFilter): Promise<ConsoleHospital[]> {
  const where: Array<SQL | undefined> = [containsText([h.code, h.name, h.city, h.country, h.email], filter.search)];
  if (filter.plan) where.push(eq(h.plan, filter.plan));
  if (filter.status) where.push(eq(h.status, filter.status));
  const [rows, staff] = await Promise.all([
    ctx.main
      .select(hospitalColumns)
      .from(h)
      .where(and(...where))
      .orderBy(asc(h.code)),
    staffCounts(ctx),
  ]);
  const latest = latestTenantVersion();
  const list = await mapBounded(rows, (r) => withFacts(r, staff.get(r.id), latest));
  await auditView(ctx, "hospital.list", filter);
  return list;
}

/** one hospital with its facts and its administrators */
export async function getHospital(ctx: PlatformCtx, code: string) {
  const row = await findHospital(ctx, code);
  const [hospital, admins] = await Promise.all([
    staffCounts(ctx, row.id).then((s) => withFacts(row, s.get(row.id), latestTenantVersion())),
    ctx.main
      .select({
        id: u.id,
        username: u.username,
        firstName: u.firstName,
        lastName: u.lastName,
        email: u.email,
        isActive: u.isActive,
        lastLoginAt: u.lastLoginAt,
      })
      .from(u)
      .where(and(eq(u.hospitalId, row.id), eq(u.role, "ADMIN")))
      .orderBy(asc(u.username)),
  ]);
  await auditView(ctx, "hospital.get", { code }, { id: row.id, code: row.code });
  return { ...hospital, admins };
}
