// Departments of one hospital (control database). Every query carries the hospital id, so another hospital's
// department is NOT_FOUND, exactly like a missing one; codes are unique per hospital (a unique index decides).
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { control, driver } from "@/db";
import { newId } from "@/db/id";
import { writeControlAudit } from "../audit/control-audit";
import { AppError } from "../errors";
import { mainDb } from "../tenancy/main-db";
import type { DepartmentListInput, DepartmentPatch, NewDepartmentInput } from "../../shared/departments/schemas";

export type DepartmentCtx = {
  hospital: { id: string; code: string };
  actor: { userId: string; username: string; ip: string };
};

const d = control.departments;
const u = control.users;

async function audit(ctx: DepartmentCtx, action: string, id: string, detail?: Record<string, unknown>) {
  await writeControlAudit({
    action,
    outcome: "SUCCESS",
    actor: { id: ctx.actor.userId, username: ctx.actor.username },
    hospital: ctx.hospital,
    ip: ctx.actor.ip,
    target: { type: "department", id },
    detail,
  });
}

export async function listDepartments(hospitalId: string, input: DepartmentListInput) {
  const main = await mainDb();
  const rows = await main
    .select({
      id: d.id,
      code: d.code,
      name: d.name,
      headUserId: d.headUserId,
      isActive: d.isActive,
      headFirstName: u.firstName,
      headLastName: u.lastName,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    })
    .from(d)
    .leftJoin(u, and(eq(u.id, d.headUserId), eq(u.hospitalId, hospitalId)))
    .where(and(eq(d.hospitalId, hospitalId), input.includeInactive ? undefined : eq(d.isActive, true)))
    .orderBy(asc(d.name), asc(d.code));
  const counts = await main
    .select({ departmentId: u.departmentId, n: count() })
    .from(u)
    .where(and(eq(u.hospitalId, hospitalId), isNotNull(u.departmentId), eq(u.isActive, true)))
    .groupBy(u.departmentId);
  const staffCount = new Map(counts.map((c) => [c.departmentId, c.n]));
  return rows.map(({ headFirstName, headLastName, ...r }) => ({
    ...r,
    headName: headFirstName !== null && headLastName !== null ? `${headFirstName} ${headLastName}` : null,
    staffCount: staffCount.get(r.id) ?? 0,
  }));
}

export async function getDepartment(ctx: DepartmentCtx, id: string) {
  const main = await mainDb();
  const [row] = await main
    .select()
    .from(d)
    .where(and(eq(d.id, id), eq(d.hospitalId, ctx.hospital.id)));
  if (!row) throw new AppError("NOT_FOUND", "Department not found");
  return row;
}

/** the head of a department is an active, approved staff member of the same hospital */
async function assertHead(ctx: DepartmentCtx, headUserId: string | null | undefined) {
  if (!headUserId) return;
  const main = await mainDb();
  const [head] = await main
    .select({ isActive: u.isActive, approval: u.approval })
    .from(u)
    .where(and(eq(u.id, headUserId), eq(u.hospitalId, ctx.hospital.id)));
  if (!head || !head.isActive || head.approval !== "APPROVED") {
    throw new AppError("BAD_REQUEST", "The head of department must be an active staff member of this hospital", {
      field: "headUserId",
    });
  }
}

function conflictOnCode(err: unknown, code: string | undefined): never {
  if (driver().isUniqueViolation(err))
    throw new AppError("CONFLICT", `Another department of this hospital already has the code "${code}"`, {
      field: "code",
    });
  throw err;
}

export async function createDepartment(ctx: DepartmentCtx, input: NewDepartmentInput) {
  await assertHead(ctx, input.headUserId);
  const main = await mainDb();
  const now = new Date();
  const id = newId();
  try {
    await main.insert(d).values({
      id,
      hospitalId: ctx.hospital.id,
      code: input.code,
      name: input.name,
      headUserId: input.headUserId ?? null,
      createdAt: now,
      updatedAt: now,
    });
  } catch (err) {
    conflictOnCode(err, input.code);
  }
  await audit(ctx, "department.created", id, { code: input.code, name: input.name });
  return getDepartment(ctx, id);
}

export async function updateDepartment(ctx: DepartmentCtx, id: string, patch: DepartmentPatch) {
  await getDepartment(ctx, id);
  await assertHead(ctx, patch.headUserId);
  const main = await mainDb();
  try {
    await main
      .update(d)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(d.id, id), eq(d.hospitalId, ctx.hospital.id)));
  } catch (err) {
    conflictOnCode(err, patch.code);
  }
  await audit(ctx, "department.updated", id, { fields: Object.keys(patch) });
  return getDepartment(ctx, id);
}

/** departments are deactivated rather than deleted: staff and records keep referring to them */
export async function setDepartmentActive(ctx: DepartmentCtx, id: string, active: boolean) {
  await getDepartment(ctx, id);
  const main = await mainDb();
  await main
    .update(d)
    .set({ isActive: active, updatedAt: new Date() })
    .where(and(eq(d.id, id), eq(d.hospitalId, ctx.hospital.id)));
  await audit(ctx, active ? "department.reactivated" : "department.deactivated", id);
  return getDepartment(ctx, id);
}
