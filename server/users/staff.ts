// Staff administration by a hospital's ADMIN: always inside the admin's own hospital — every query carries the
// hospital id, so another hospital's user id is NOT_FOUND, exactly like a missing one.
import { and, asc, eq, type SQL } from "drizzle-orm";
import { control } from "@/db";
import type { HospitalRole } from "@/shared/enums";
import { writeControlAudit } from "../audit/control-audit";
import { clearMfa } from "../auth/mfa";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeUserSessions } from "../auth/sessions";
import { unlockAccount } from "../auth/sign-in";
import { AppError } from "../errors";
import type { SessionHospital } from "../auth/sessions";
import { mainDb } from "../tenancy/main-db";
import { createAccount } from "./accounts";
import type { NewStaffInput, StaffFilter, StaffPatch } from "../../shared/users/staff-schemas";

export type StaffCtx = {
  hospital: Pick<SessionHospital, "id" | "code" | "name">;
  actor: { userId: string; username: string; ip: string };
};

const u = control.users;
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

async function audit(ctx: StaffCtx, action: string, targetId: string, detail?: Record<string, unknown>) {
  await writeControlAudit({
    action,
    outcome: "SUCCESS",
    actor: { id: ctx.actor.userId, username: ctx.actor.username },
    hospital: { id: ctx.hospital.id, code: ctx.hospital.code },
    ip: ctx.actor.ip,
    target: { type: "user", id: targetId },
    detail,
  });
}

export async function listStaff(ctx: StaffCtx, f: StaffFilter) {
  const main = await mainDb();
  const where: SQL[] = [eq(u.hospitalId, ctx.hospital.id)];
  if (f.role) where.push(eq(u.role, f.role));
  if (f.status === "active") where.push(eq(u.isActive, true), eq(u.approval, "APPROVED"));
  if (f.status === "inactive") where.push(eq(u.isActive, false));
  if (f.status === "pending") where.push(eq(u.approval, "PENDING"));
  const rows = await main
    .select(staffColumns)
    .from(u)
    .where(and(...where))
    .orderBy(asc(u.lastName), asc(u.firstName));
  const q = f.search?.toLowerCase();
  const now = Date.now();
  return rows
    .filter((r) => !q || `${r.firstName} ${r.lastName} ${r.username} ${r.email}`.toLowerCase().includes(q))
    .map((r) => ({ ...r, locked: r.lockedUntil !== null && r.lockedUntil.getTime() > now }));
}

/** one staff member of this hospital, or NOT_FOUND */
export async function getStaff(ctx: StaffCtx, id: string) {
  const main = await mainDb();
  const [row] = await main
    .select(staffColumns)
    .from(u)
    .where(and(eq(u.id, id), eq(u.hospitalId, ctx.hospital.id)));
  if (!row) throw new AppError("NOT_FOUND", "Staff member not found");
  return row;
}

async function assertDepartment(ctx: StaffCtx, departmentId: string | null | undefined) {
  if (!departmentId) return;
  const main = await mainDb();
  const d = control.departments;
  const [row] = await main
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.id, departmentId), eq(d.hospitalId, ctx.hospital.id)));
  if (!row) throw new AppError("BAD_REQUEST", "Unknown department", { field: "departmentId" });
}

export async function createStaff(ctx: StaffCtx, input: NewStaffInput) {
  await assertDepartment(ctx, input.departmentId);
  const created = await createAccount(
    { hospital: ctx.hospital, ...input, role: input.role },
    { mustChangePassword: input.mustChangePassword ?? false },
  );
  await audit(ctx, "staff.created", created.id, { role: input.role, username: created.username });
  return getStaff(ctx, created.id);
}

export async function updateStaff(ctx: StaffCtx, id: string, patch: StaffPatch) {
  const current = await getStaff(ctx, id);
  if (patch.role && patch.role !== "ADMIN" && id === ctx.actor.userId)
    throw new AppError("BAD_REQUEST", "You cannot take away your own administrator role", { field: "role" });
  await assertDepartment(ctx, patch.departmentId);
  const main = await mainDb();
  await main
    .update(u)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(u.id, id), eq(u.hospitalId, ctx.hospital.id)));
  if (patch.role && patch.role !== current.role) await revokeUserSessions(id, "role changed");
  await audit(ctx, "staff.updated", id, { fields: Object.keys(patch) });
  return getStaff(ctx, id);
}

export async function setStaffActive(ctx: StaffCtx, id: string, active: boolean) {
  await getStaff(ctx, id);
  if (!active && id === ctx.actor.userId) throw new AppError("BAD_REQUEST", "You cannot deactivate your own account");
  const main = await mainDb();
  await main
    .update(u)
    .set({ isActive: active, updatedAt: new Date() })
    .where(and(eq(u.id, id), eq(u.hospitalId, ctx.hospital.id)));
  if (!active) await revokeUserSessions(id, "account deactivated");
  await audit(ctx, active ? "staff.reactivated" : "staff.deactivated", id);
  return getStaff(ctx, id);
}

export async function unlockStaff(ctx: StaffCtx, id: string) {
  await getStaff(ctx, id);
  await unlockAccount(id);
  await audit(ctx, "staff.unlocked", id);
  return getStaff(ctx, id);
}

export async function revokeStaffSessions(ctx: StaffCtx, id: string) {
  await getStaff(ctx, id);
  const revoked = await revokeUserSessions(id, "revoked by administrator");
  await audit(ctx, "staff.sessions_revoked", id, { revoked });
  return { revoked };
}

/** an administrator sets a temporary password; the user must choose their own at next sign-in */
export async function resetStaffPassword(ctx: StaffCtx, id: string, temporaryPassword: string) {
  const staff = await getStaff(ctx, id);
  const problem = passwordProblem(temporaryPassword, {
    ...staff,
    hospitalName: ctx.hospital.name,
    hospitalCode: ctx.hospital.code,
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
    .where(and(eq(u.id, id), eq(u.hospitalId, ctx.hospital.id)));
  await revokeUserSessions(id, "password reset by administrator");
  await unlockAccount(id);
  await audit(ctx, "staff.password_reset", id);
  return getStaff(ctx, id);
}

export async function resetStaffMfa(ctx: StaffCtx, id: string) {
  await getStaff(ctx, id);
  await clearMfa(id);
  await revokeUserSessions(id, "two-step sign-in reset by administrator");
  await audit(ctx, "staff.mfa_reset", id);
  return getStaff(ctx, id);
}

export async function decideApproval(ctx: StaffCtx, id: string, approve: boolean) {
  const staff = await getStaff(ctx, id);
  if (staff.approval !== "PENDING") throw new AppError("CONFLICT", "This account is not waiting for approval");
  const main = await mainDb();
  await main
    .update(u)
    .set({ approval: approve ? "APPROVED" : "REJECTED", isActive: approve, updatedAt: new Date() })
    .where(and(eq(u.id, id), eq(u.hospitalId, ctx.hospital.id)));
  await audit(ctx, approve ? "staff.approved" : "staff.rejected", id);
  return getStaff(ctx, id);
}

/** doctors of this hospital (for booking and calendars) */
export async function listDoctors(hospitalId: string) {
  const main = await mainDb();
  return main
    .select({ id: u.id, firstName: u.firstName, lastName: u.lastName, departmentId: u.departmentId })
    .from(u)
    .where(
      and(
        eq(u.hospitalId, hospitalId),
        eq(u.role, "DOCTOR" as HospitalRole),
        eq(u.isActive, true),
        eq(u.approval, "APPROVED"),
      ),
    )
    .orderBy(asc(u.lastName));
}

/** an active doctor of this hospital, or NOT_FOUND (another hospital's user id answers the same) */
export async function findDoctor(hospitalId: string, doctorId: string) {
  const main = await mainDb();
  const [row] = await main
    .select({ id: u.id, firstName: u.firstName, lastName: u.lastName, isActive: u.isActive })
    .from(u)
    .where(and(eq(u.id, doctorId), eq(u.hospitalId, hospitalId), eq(u.role, "DOCTOR" as HospitalRole)));
  if (!row || !row.isActive) throw new AppError("NOT_FOUND", "Doctor not found");
  return { id: row.id, name: `Dr ${row.firstName} ${row.lastName}` };
}
