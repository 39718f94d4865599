// The data browser of the admin host (the seed's "Django admin"): read-only, filtered, offset-paged lists of the
// control database. Every call is itself written to the control audit log (action "superadmin.view").
import { aliasedTable, and, asc, count, desc, eq, gte, lte, not, sql } from "drizzle-orm";
import { control } from "@/db";
import type { PlatformCtx } from "../context";
import { auditView, findHospital } from "./context";
import { containsText, endOfDay, offsetOf, startOfDay, type Page } from "./query";
import type {
  BrowseAuditFilter,
  BrowseDepartmentsFilter,
  BrowseHospitalsFilter,
  BrowseUsersFilter,
} from "../../shared/console/schemas";

const h = control.hospitals;
const u = control.users;
const d = control.departments;
const a = control.auditLog;

const filtersOf = <T extends { page: number; pageSize: number }>(f: T) => ({
  ...f,
  page: undefined,
  pageSize: undefined,
});

/** the hospital a filter names (NOT_FOUND when there is none), for the WHERE and the audit entry */
async function scope(ctx: PlatformCtx, code: string | undefined) {
  if (!code) return null;
  const row = await findHospital(ctx, code);
  return { id: row.id, code: row.code };
}

async function paged<T>(
  items: Promise<T[]>,
  total: Promise<Array<{ n: number }>>,
  f: { page: number; pageSize: number },
): Promise<Page<T>> {
  const [rows, [t]] = await Promise.all([items, total]);
  return { items: rows, total: t?.n ?? 0, page: f.page, pageSize: f.pageSize };
}

export async function browseHospitals(ctx: PlatformCtx, f: BrowseHospitalsFilter) {
  const db = ctx.main;
  const where = and(
    containsText([h.code, h.name, h.email, h.city, h.country], f.search),
    f.plan ? eq(h.plan, f.plan) : undefined,
    f.status ? eq(h.status, f.status) : undefined,
  );
  const columns = {
    id: h.id,
    code: h.code,
    name: h.name,
    email: h.email,
    phone: h.phone,
    city: h.city,
    country: h.country,
    plan: h.plan,
    status: h.status,
    subscriptionStartsAt: h.subscriptionStartsAt,
    subscriptionEndsAt: h.subscriptionEndsAt,
    schemaVersion: h.schemaVersion,
    lastMigratedAt: h.lastMigratedAt,
    createdAt: h.createdAt,
  };
  const page = await paged(
    db.select(columns).from(h).where(where).orderBy(asc(h.code)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(h).where(where),
    f,
  );
  await auditView(ctx, "browse.hospitals", filtersOf(f));
  return page;
}

export async function browseUsers(ctx: PlatformCtx, f: BrowseUsersFilter) {
  const db = ctx.main;
  const hospital = await scope(ctx, f.hospitalCode);
  const where = and(
    containsText([u.username, u.email, u.firstName, u.lastName], f.search),
    hospital ? eq(u.hospitalId, hospital.id) : undefined,
    f.role ? eq(u.role, f.role) : undefined,
    f.active === undefined ? undefined : eq(u.isActive, f.active),
  );
  // never the password hash, MFA secret or lock internals: the browser shows who, not how they sign in
  const columns = {
    id: u.id,
    username: u.username,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    role: u.role,
    isActive: u.isActive,
    approval: u.approval,
    mfaEnabled: u.mfaEnabled,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    hospitalCode: h.code,
    departmentName: d.name,
  };
  const page = await paged(
    db
      .select(columns)
      .from(u)
      .leftJoin(h, eq(h.id, u.hospitalId))
      .leftJoin(d, eq(d.id, u.departmentId))
      .where(where)
      .orderBy(asc(sql`coalesce(${h.code}, '')`), asc(u.username), asc(u.id))
      .limit(f.pageSize)
      .offset(offsetOf(f)),
    db.select({ n: count() }).from(u).where(where),
    f,
  );
  await auditView(ctx, "browse.users", filtersOf(f), hospital);
  return page;
}

const head = aliasedTable(u, "head");

export async function browseDepartments(ctx: PlatformCtx, f: BrowseDepartmentsFilter) {
  const db = ctx.main;
  const hospital = await scope(ctx, f.hospitalCode);
  const where = and(
    containsText([d.code, d.name], f.search),
    hospital ? eq(d.hospitalId, hospital.id) : undefined,
    f.active === undefined ? undefined : eq(d.isActive, f.active),
  );
  const columns = {
    id: d.id,
    code: d.code,
    name: d.name,
    isActive: d.isActive,
    createdAt: d.createdAt,
    hospitalCode: h.code,
    hospitalName: h.name,
    headFirstName: head.firstName,
    headLastName: head.lastName,
  };
  const page = await paged(
    db
      .select(columns)
      .from(d)
      .innerJoin(h, eq(h.id, d.hospitalId))
      .leftJoin(head, eq(head.id, d.headUserId))
      .where(where)
      .orderBy(asc(h.code), asc(d.code), asc(d.id))
      .limit(f.pageSize)
      .offset(offsetOf(f)),
    db.select({ n: count() }).from(d).where(where),
    f,
  );
  await auditView(ctx, "browse.departments", filtersOf(f), hospital);
  return page;
}

export async function browseAuditLog(ctx: PlatformCtx, f: BrowseAuditFilter) {
  const db = ctx.main;
  const where = and(
    f.hospitalCode ? eq(a.hospitalCode, f.hospitalCode) : undefined,
    f.action ? containsText([a.action], f.action) : undefined,
    f.outcome ? eq(a.outcome, f.outcome) : undefined,
    f.actor ? containsText([a.actorUsername], f.actor) : undefined,
    f.from ? gte(a.at, startOfDay(f.from)) : undefined,
    f.to ? lte(a.at, endOfDay(f.to)) : undefined,
    // the list's own view entries (one per page looked at) would flood it: shown only when asked for
    f.includeOwnViews ? undefined : not(and(eq(a.action, "superadmin.view"), eq(a.targetId, "browse.auditLog"))!),
  );
  const columns = {
    id: a.id,
    at: a.at,
    action: a.action,
    outcome: a.outcome,
    actorUsername: a.actorUsername,
    hospitalCode: a.hospitalCode,
    host: a.host,
    ip: a.ip,
    targetType: a.targetType,
    targetId: a.targetId,
    detail: a.detail,
  };
  const page = await paged(
    db.select(columns).from(a).where(where).orderBy(desc(a.at), desc(a.id)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(a).where(where),
    f,
  );
  // written after the read, so a page never shows its own view entry and the total stays what was counted
  await auditView(ctx, "browse.auditLog", filtersOf(f), f.hospitalCode ? { id: null, code: f.hospitalCode } : null);
  return page;
}
