// Staff administration, written once for both who may do it. Every function takes the PlatformCtx and a scope:
//   { hospitalId } — a hospital's ADMIN (user.*): their own hospital, always from the session, never from input.
//     Every query carries the hospital id, so another hospital's user — and a super admin, who belongs to none — is
//     NOT_FOUND, exactly like a missing one.
//   ANY_HOSPITAL — a super admin in the console (platformUser.*): users of every hospital. Super admin accounts are
//     listed but never changed here (FORBIDDEN): they are managed with the operator CLI.
// The audit actions keep their names per side: staff.* for a hospital admin, platform_user.* in the console.
import { and, asc, count, eq, gt, sql, type SQL } from "drizzle-orm";
import { control } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import { clearMfa } from "../auth/mfa";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeUserSessions } from "../auth/sessions";
import { unlockAccount } from "../auth/sign-in";
import { assertProvisioned, auditView, findHospital } from "../console/context";
import { containsText, offsetOf, type Page } from "../console/query";
import type { PlatformCtx } from "../context";
import { AppError } from "../errors";
import { issueAccountCode, unknownPassword } from "./account-codes";
import { createAccount } from "./accounts";
import type { NewStaffInput, StaffFilter, StaffPatch } from "../../shared/users/staff-schemas";
import type { NewHospitalAdminInput, PlatformUserFilter } from "../../shared/console/schemas";

/** a hospital admin's scope: their own hospital (the session's) */
export type HospitalScope = { hospitalId: string };
/** a super admin's scope: every hospital */
export const ANY_HOSPITAL = "any-hospital";
export type StaffScope = HospitalScope | typeof ANY_HOSPITAL;

const u = control.users;
const h = control.hospitals;

/** a staff member as the hospital admin's pages show them */
const staffColumns = {
  id: u.id,
  username: u.username,
  firstName: u.firstName,
  lastName: u.lastName,
  email: u.email,
  phone: u.phone,
  role: u.role,
  departmentId: u.departmentId,
  isActive: u.isActive,
  approval: u.approval,
  failedLogins: u.failedLogins,
  lockedUntil: u.lockedUntil,
  mfaEnabled: u.mfaEnabled,
  mustChangePassword: u.mustChangePassword,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
};
/** a user as the console shows them: with their hospital, without phone and department */
const { phone: _phone, departmentId: _departmentId, ...accountColumns } = staffColumns;
const platformUserColumns = { ...accountColumns, hospitalId: u.hospitalId, hospitalCode: h.code, hospitalName: h.name };

const withLock = <T extends { lockedUntil: Date | null }>(r: T, now = Date.now()) => ({
  ...r,
  locked: r.lockedUntil !== null && r.lockedUntil.getTime() > now,
});

const inConsole = (scope: StaffScope): scope is typeof ANY_HOSPITAL => scope === ANY_HOSPITAL;

/** the scope must be the actor's own: a hospital user's hospital, or every hospital for a super admin */
function assertScope(ctx: PlatformCtx, scope: StaffScope): void {
  const own = inConsole(scope)
    ? ctx.actor.role === "SUPERADMIN" && ctx.actor.hospitalId === null
    : ctx.actor.role !== "SUPERADMIN" && ctx.actor.hospitalId === scope.hospitalId;
  if (!own) throw new AppError("FORBIDDEN");
}

/** the WHERE of one user inside the scope */
const userInScope = (scope: StaffScope, id: string) =>
  inConsole(scope) ? eq(u.id, id) : and(eq(u.id, id), eq(u.hospitalId, scope.hospitalId));

/** the user an operation acts on: inside the scope and never a super admin; NOT_FOUND / FORBIDDEN otherwise */
async function target(ctx: PlatformCtx, scope: StaffScope, id: string) {
  assertScope(ctx, scope);
  const [row] = await ctx.main
    .select({ ...staffColumns, hospitalId: u.hospitalId, hospitalCode: h.code, hospitalName: h.name })
    .from(u)
    .leftJoin(h, eq(h.id, u.hospitalId))
    .where(userInScope(scope, id));
  if (!row) throw new AppError("USER_NOT_FOUND");
  if (row.role === "SUPERADMIN" || row.hospitalId === null || row.hospitalCode === null) {
    throw new AppError("SUPERADMIN_NOT_IN_CONSOLE");
  }
  return { ...row, hospitalId: row.hospitalId, hospitalCode: row.hospitalCode };
}
type Target = Awaited<ReturnType<typeof target>>;

function staffView(t: Target) {
  const { hospitalId: _id, hospitalCode: _code, hospitalName: _name, ...member } = t;
  return member;
}
function platformUserView(t: Target) {
  const { phone: _p, departmentId: _d, ...user } = t;
  return withLock(user);
}
export type StaffMember = ReturnType<typeof staffView>;
export type PlatformUser = ReturnType<typeof platformUserView>;
/** what an operation answers: the staff member for a hospital admin, the user with their hospital in the console */
export type StaffView<S extends StaffScope> = S extends HospitalScope ? StaffMember : PlatformUser;

/** one user inside the scope, or NOT_FOUND (FORBIDDEN for a super admin in the console) */
export async function getStaff<S extends StaffScope>(ctx: PlatformCtx, scope: S, id: string): Promise<StaffView<S>> {
  const t = await target(ctx, scope, id);
  return (inConsole(scope) ? platformUserView(t) : staffView(t)) as StaffView<S>;
}

/** the control audit entry of an operation on a user (console entries name the host, as every console action does) */
async function audit(
  ctx: PlatformCtx,
  scope: StaffScope,
  action: string,
  user: Pick<Target, "id" | "hospitalId" | "hospitalCode">,
  detail?: Record<string, unknown>,
) {
  await writeControlAudit(ctx, {
    action: `${inConsole(scope) ? "platform_user" : "staff"}.${action}`,
    outcome: "SUCCESS",
    actor: { id: ctx.actor.userId, username: ctx.actor.username },
    hospital: { id: user.hospitalId, code: user.hospitalCode },
    host: inConsole(scope) ? ctx.actor.host : undefined,
    ip: ctx.actor.ip,
    target: { type: "user", id: user.id },
    detail,
  });
}

/** a department of the user's own hospital, or BAD_REQUEST */
async function assertDepartment(ctx: PlatformCtx, hospitalId: string, departmentId: string | null | undefined) {
  if (!departmentId) return;
  const d = control.departments;
  const [row] = await ctx.main
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.id, departmentId), eq(d.hospitalId, hospitalId)));
  if (!row) throw new AppError("VALIDATION", { field: "departmentId", fieldCode: "UNKNOWN_DEPARTMENT" });
}

// ── lists ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/** the staff of the admin's hospital (the page filters further and sorts on the client) */
export async function listStaff(ctx: PlatformCtx, scope: HospitalScope, f: StaffFilter) {
  assertScope(ctx, scope);
  const where: SQL[] = [eq(u.hospitalId, scope.hospitalId)];
  if (f.role) where.push(eq(u.role, f.role));
  if (f.status === "active") where.push(eq(u.isActive, true), eq(u.approval, "APPROVED"));
  if (f.status === "inactive") where.push(eq(u.isActive, false));
  if (f.status === "pending") where.push(eq(u.approval, "PENDING"));
  const rows = await ctx.main
    .select(staffColumns)
    .from(u)
    .where(and(...where))
    .orderBy(asc(u.lastName), asc(u.firstName));
  const q = f.search?.toLowerCase();
  const now = Date.now();
  return rows
    .filter((r) => !q || `${r.firstName} ${r.lastName} ${r.username} ${r.email}`.toLowerCase().includes(q))
    .map((r) => withLock(r, now));
}

/** users of every hospital and the super admins, paged; every look is itself audited */
export async function listPlatformUsers(ctx: PlatformCtx, scope: typeof ANY_HOSPITAL, f: PlatformUserFilter) {
  assertScope(ctx, scope);
  const now = new Date();
  const where: Array<SQL | undefined> = [containsText([u.username, u.email, u.firstName, u.lastName], f.search)];
  let hospital: { id: string; code: string } | null = null;
  if (f.hospitalCode) {
    hospital = await findHospital(ctx, f.hospitalCode);
    where.push(eq(u.hospitalId, hospital.id));
  }
  if (f.role) where.push(eq(u.role, f.role));
  if (f.status === "active") where.push(eq(u.isActive, true));
  if (f.status === "inactive") where.push(eq(u.isActive, false));
  if (f.status === "locked") where.push(gt(u.lockedUntil, now));
  const condition = and(...where);
  const [items, [total]] = await Promise.all([
    ctx.main
      .select(platformUserColumns)
      .from(u)
      .leftJoin(h, eq(h.id, u.hospitalId))
      .where(condition)
      // coalesce: SQLite and Postgres put NULLs at opposite ends; super admins (no hospital) come first on both
      .orderBy(asc(sql`coalesce(${h.code}, '')`), asc(u.username), asc(u.id))
      .limit(f.pageSize)
      .offset(offsetOf(f)),
    ctx.main.select({ n: count() }).from(u).leftJoin(h, eq(h.id, u.hospitalId)).where(condition),
  ]);
  await auditView(
    ctx,
    "platformUser.list",
    { ...f, page: undefined, pageSize: undefined },
    hospital && { id: hospital.id, code: hospital.code },
  );
  const page: Page<ReturnType<typeof withLock<(typeof items)[number]>>> = {
    items: items.map((r) => withLock(r, now.getTime())),
    total: total?.n ?? 0,
    page: f.page,
    pageSize: f.pageSize,
  };
  return page;
}

// ── new accounts ──────────────────────────────────────────────────────────────────────────────────────────────────

/** a hospital admin adds a staff member to their hospital */
export async function createStaff(ctx: PlatformCtx, scope: HospitalScope, input: NewStaffInput) {
  assertScope(ctx, scope);
  const [hospital] = await ctx.main
    .select({ id: h.id, code: h.code, name: h.name })
    .from(h)
    .where(eq(h.id, scope.hospitalId));
  if (!hospital) throw new AppError("NOT_FOUND");
  await assertDepartment(ctx, hospital.id, input.departmentId);
  const created = await createAccount(
    ctx,
    { hospital, ...input, role: input.role },
    { mustChangePassword: input.mustChangePassword ?? false },
  );
  const user = { id: created.id, hospitalId: hospital.id, hospitalCode: hospital.code };
  await audit(ctx, scope, "created", user, { role: input.role, username: created.username });
  return getStaff(ctx, scope, created.id);
}

/**
 * A super admin creates the administrator of a hospital. They never choose the password: the account gets one nobody
 * knows, and the answer carries a one-time setup code the new admin redeems on their hospital's sign-in page by
 * choosing their own (then enrolling two-step sign-in if the hospital requires it).
 */
export async function createHospitalAdmin(ctx: PlatformCtx, scope: typeof ANY_HOSPITAL, input: NewHospitalAdminInput) {
  assertScope(ctx, scope);
  const hospital = await findHospital(ctx, input.hospitalCode);
  assertProvisioned(hospital);
  const { hospitalCode: _code, ...account } = input;
  const created = await createAccount(
    ctx,
    { hospital, role: "ADMIN", ...account, password: unknownPassword() },
    { mustChangePassword: true },
  );
  const user = await target(ctx, scope, created.id);
  const setup = await issueAccountCode(ctx, user, "SETUP");
  await audit(ctx, scope, "admin_created", user, { username: user.username, expiresAt: setup.expiresAt.toISOString() });
  return { ...platformUserView(user), setupCode: setup.code, setupCodeExpiresAt: setup.expiresAt };
}

// ── changes to one account ────────────────────────────────────────────────────────────────────────────────────────

export async function updateStaff<S extends StaffScope>(ctx: PlatformCtx, scope: S, id: string, patch: StaffPatch) {
  const current = await target(ctx, scope, id);
  if (patch.role && patch.role !== "ADMIN" && id === ctx.actor.userId)
    throw new AppError("CANNOT_DEMOTE_SELF", { field: "role" });
  await assertDepartment(ctx, current.hospitalId, patch.departmentId);
  await ctx.main
    .update(u)
    .set({ ...patch, updatedAt: new Date() })
    .where(userInScope(scope, id));
  if (patch.role && patch.role !== current.role) await revokeUserSessions(id, "role changed");
  await audit(ctx, scope, "updated", current, { fields: Object.keys(patch) });
  return getStaff(ctx, scope, id);
}

/** deactivating signs the user out everywhere; nobody deactivates their own account */
export async function setStaffActive<S extends StaffScope>(ctx: PlatformCtx, scope: S, id: string, active: boolean) {
  const user = await target(ctx, scope, id);
  if (!active && id === ctx.actor.userId) throw new AppError("CANNOT_DEACTIVATE_SELF");
  await ctx.main.update(u).set({ isActive: active, updatedAt: new Date() }).where(userInScope(scope, id));
  const sessionsEnded = active
    ? 0
    : await revokeUserSessions(id, inConsole(scope) ? "deactivated by a super admin" : "account deactivated");
  await audit(
    ctx,
    scope,
    active ? "reactivated" : "deactivated",
    user,
    inConsole(scope) ? { sessionsEnded } : undefined,
  );
  return getStaff(ctx, scope, id);
}

/** lifts a sign-in lock */
export async function unlockStaff<S extends StaffScope>(ctx: PlatformCtx, scope: S, id: string) {
  const user = await target(ctx, scope, id);
  await unlockAccount(id);
  await audit(
    ctx,
    scope,
    "unlocked",
    user,
    inConsole(scope)
      ? { wasLockedUntil: user.lockedUntil?.toISOString() ?? null, failedLogins: user.failedLogins }
      : undefined,
  );
  return getStaff(ctx, scope, id);
}

export async function revokeStaffSessions(ctx: PlatformCtx, scope: StaffScope, id: string) {
  const user = await target(ctx, scope, id);
  const revoked = await revokeUserSessions(id, "revoked by administrator");
  await audit(ctx, scope, "sessions_revoked", user, { revoked });
  return { revoked };
}

/**
 * A super admin's password reset: the user's password stops working, they are signed out everywhere, and the answer
 * carries a one-time code to pass on, which the user redeems by choosing their own password. The super admin never
 * knows a password of the user.
 */
export async function issueResetCode(ctx: PlatformCtx, scope: typeof ANY_HOSPITAL, id: string) {
  const user = await target(ctx, scope, id);
  const reset = await issueAccountCode(ctx, user, "RESET");
  await unlockAccount(id);
  await audit(ctx, scope, "password_reset", user, { by: "one-time code", expiresAt: reset.expiresAt.toISOString() });
  return { ...(await getStaff(ctx, scope, id)), resetCode: reset.code, resetCodeExpiresAt: reset.expiresAt };
}

/** a hospital admin sets a temporary password (the policy applies); the user must choose their own at next sign-in */
export async function resetStaffPassword<S extends HospitalScope>(
  ctx: PlatformCtx,
  scope: S,
  id: string,
  temporaryPassword: string,
) {
  const user = await target(ctx, scope, id);
  const problem = passwordProblem(temporaryPassword, {
    ...user,
    hospitalName: user.hospitalName ?? undefined,
    hospitalCode: user.hospitalCode,
  });
  if (problem) throw new AppError("VALIDATION", { field: "password", fieldCode: problem.code, params: problem.params });
  const now = new Date();
  await ctx.main
    .update(u)
    .set({
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      passwordChangedAt: now,
      updatedAt: now,
    })
    .where(userInScope(scope, id));
  await revokeUserSessions(id, "password reset by administrator");
  await unlockAccount(id);
  await audit(ctx, scope, "password_reset", user);
  return getStaff(ctx, scope, id);
}

/** for a user who lost their device: two-step sign-in off, signed out everywhere */
export async function resetStaffMfa<S extends StaffScope>(ctx: PlatformCtx, scope: S, id: string) {
  const user = await target(ctx, scope, id);
  await clearMfa(ctx, id);
  await revokeUserSessions(id, "two-step sign-in reset by administrator");
  await audit(ctx, scope, "mfa_reset", user);
  return getStaff(ctx, scope, id);
}

/** approves or rejects a self-registration request */
export async function decideApproval<S extends StaffScope>(ctx: PlatformCtx, scope: S, id: string, approve: boolean) {
  const user = await target(ctx, scope, id);
  if (user.approval !== "PENDING") throw new AppError("NOT_PENDING_APPROVAL");
  await ctx.main
    .update(u)
    .set({ approval: approve ? "APPROVED" : "REJECTED", isActive: approve, updatedAt: new Date() })
    .where(userInScope(scope, id));
  await audit(ctx, scope, approve ? "approved" : "rejected", user);
  return getStaff(ctx, scope, id);
}
