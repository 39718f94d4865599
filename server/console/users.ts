// Users across hospitals, for super admins: list every account, create a hospital's administrator, reset a password
// (forces a change at next sign-in), deactivate and reactivate, lift a sign-in lock. Super admin accounts are listed
// but never changed here.
import { and, asc, count, eq, gt, sql, type SQL } from "drizzle-orm";
import { control } from "@/db";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeUserSessions } from "../auth/sessions";
import { unlockAccount } from "../auth/sign-in";
import { AppError } from "../errors";
import { mainDb } from "../tenancy/main-db";
import { createAccount } from "../users/accounts";
import { assertProvisioned, auditConsole, auditView, findHospital, type ConsoleActor } from "./context";
import { containsText, offsetOf, type Page } from "./query";
import type { NewHospitalAdminInput, PlatformUserFilter } from "../../shared/console/schemas";

const u = control.users;
const h = control.hospitals;

const userColumns = {
  id: u.id,
  username: u.username,
  firstName: u.firstName,
  lastName: u.lastName,
  email: u.email,
  role: u.role,
  isActive: u.isActive,
  approval: u.approval,
  failedLogins: u.failedLogins,
  lockedUntil: u.lockedUntil,
  mustChangePassword: u.mustChangePassword,
  mfaEnabled: u.mfaEnabled,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
  hospitalId: u.hospitalId,
  hospitalCode: h.code,
  hospitalName: h.name,
};
type UserRow = { lockedUntil: Date | null };
const withLock = <T extends UserRow>(r: T, now = Date.now()) => ({
  ...r,
  locked: r.lockedUntil !== null && r.lockedUntil.getTime() > now,
});

export async function listPlatformUsers(actor: ConsoleActor, f: PlatformUserFilter) {
  const main = await mainDb();
  const now = new Date();
  const where: Array<SQL | undefined> = [containsText([u.username, u.email, u.firstName, u.lastName], f.search)];
  let hospital: { id: string; code: string } | null = null;
  if (f.hospitalCode) {
    hospital = await findHospital(f.hospitalCode);
    where.push(eq(u.hospitalId, hospital.id));
  }
  if (f.role) where.push(eq(u.role, f.role));
  if (f.status === "active") where.push(eq(u.isActive, true));
  if (f.status === "inactive") where.push(eq(u.isActive, false));
  if (f.status === "locked") where.push(gt(u.lockedUntil, now));
  const condition = and(...where);
  const [items, [total]] = await Promise.all([
    selectUsers(condition, f),
    main.select({ n: count() }).from(u).leftJoin(h, eq(h.id, u.hospitalId)).where(condition),
  ]);
  await auditView(
    actor,
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

async function selectUsers(condition: SQL | undefined, f: { page: number; pageSize: number }) {
  const main = await mainDb();
  return (
    main
      .select(userColumns)
      .from(u)
      .leftJoin(h, eq(h.id, u.hospitalId))
      .where(condition)
      // coalesce: SQLite and Postgres put NULLs at opposite ends; super admins (no hospital) come first on both
      .orderBy(asc(sql`coalesce(${h.code}, '')`), asc(u.username), asc(u.id))
      .limit(f.pageSize)
      .offset(offsetOf(f))
  );
}

/** a hospital account (never a super admin), or NOT_FOUND / FORBIDDEN */
async function hospitalUser(id: string) {
  const main = await mainDb();
  const [row] = await main.select(userColumns).from(u).leftJoin(h, eq(h.id, u.hospitalId)).where(eq(u.id, id));
  if (!row) throw new AppError("NOT_FOUND", "User not found");
  if (row.role === "SUPERADMIN" || row.hospitalId === null || row.hospitalCode === null) {
    throw new AppError("FORBIDDEN", "Super admin accounts are managed with the operator CLI, not from the console");
  }
  return { ...row, hospitalId: row.hospitalId, hospitalCode: row.hospitalCode };
}

async function audit(
  actor: ConsoleActor,
  action: string,
  user: { id: string; hospitalId: string; hospitalCode: string },
  detail?: Record<string, unknown>,
) {
  await auditConsole(actor, action, {
    hospital: { id: user.hospitalId, code: user.hospitalCode },
    target: { type: "user", id: user.id },
    detail,
  });
}

export async function createHospitalAdmin(
  actor: ConsoleActor,
  input: Omit<NewHospitalAdminInput, "mustChangePassword"> & { mustChangePassword: boolean },
) {
  const hospital = await findHospital(input.hospitalCode);
  assertProvisioned(hospital);
  const { hospitalCode: _code, mustChangePassword, ...account } = input;
  // the strict policy: no temporary-password escape hatch from the console
  const created = await createAccount({ hospital, role: "ADMIN", ...account }, { mustChangePassword });
  const user = await hospitalUser(created.id);
  await audit(actor, "platform_user.admin_created", user, { username: user.username, mustChangePassword });
  return withLock(user);
}

export async function resetPlatformUserPassword(actor: ConsoleActor, id: string, temporaryPassword: string) {
  const user = await hospitalUser(id);
  const problem = passwordProblem(temporaryPassword, {
    ...user,
    hospitalName: user.hospitalName ?? undefined,
    hospitalCode: user.hospitalCode,
  });
  if (problem) throw new AppError("BAD_REQUEST", problem, { field: "password" });
  const main = await mainDb();
  const now = new Date();
  await main
    .update(u)
    .set({
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      passwordChangedAt: now,
      updatedAt: now,
    })
    .where(eq(u.id, id));
  const sessionsEnded = await revokeUserSessions(id, "password reset by a super admin");
  await unlockAccount(id);
  await audit(actor, "platform_user.password_reset", user, { sessionsEnded });
  return withLock(await hospitalUser(id));
}

export async function setPlatformUserActive(actor: ConsoleActor, id: string, active: boolean) {
  const user = await hospitalUser(id);
  const main = await mainDb();
  await main.update(u).set({ isActive: active, updatedAt: new Date() }).where(eq(u.id, id));
  const sessionsEnded = active ? 0 : await revokeUserSessions(id, "deactivated by a super admin");
  await audit(actor, active ? "platform_user.reactivated" : "platform_user.deactivated", user, { sessionsEnded });
  return withLock(await hospitalUser(id));
}

export async function unlockPlatformUser(actor: ConsoleActor, id: string) {
  const user = await hospitalUser(id);
  await unlockAccount(id);
  await audit(actor, "platform_user.unlocked", user, {
    wasLockedUntil: user.lockedUntil?.toISOString() ?? null,
    failedLogins: user.failedLogins,
  });
  return withLock(await hospitalUser(id));
}
