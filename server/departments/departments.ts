// Departments of one hospital (main database, ctx.main). Every query carries the session's hospital id, so another
// hospital's department is NOT_FOUND, exactly like a missing one; codes are unique per hospital (a unique index
// decides).
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { control, driver } from "@/db";
import { newId } from "@/db/id";
import { writeControlAudit } from "../audit/control-audit";
import type { HospitalCtx } from "../context";
import { AppError } from "../errors";
import type { DepartmentListInput, DepartmentPatch, NewDepartmentInput } from "../../shared/departments/schemas";

const d = control.departments;
const u = control.users;

async function audit(ctx: HospitalCtx, action: string, id: string, detail?: Record<string, unknown>) {
  await writeControlAudit(ctx, {
    action,
    outcome: "SUCCESS",
    actor: { id: ctx.actor.userId, username: ctx.actor.username },
    hospital: { id: ctx.hospital.id, code: ctx.hospital.code },
    ip: ctx.actor.ip,
    target: { type: "department", id },
    detail,
  });
}

export async function listDepartments(ctx: HospitalCtx, input: DepartmentListInput) {
  const hospitalId = ctx.hospital.id;
  const rows = await ctx.main
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
  const counts = await ctx.main
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

export async function getDepartment(ctx: HospitalCtx, id: string) {
  const [row] = await ctx.main
    .select()
    .from(d)
    .where(and(eq(d.id, id), eq(d.hospitalId, ctx.hospital.id)));
  if (!row) throw new AppError("DEPARTMENT_NOT_FOUND");
  return row;
}

/** the head of a department is an active, approved staff member of the same hospital */
async function assertHead(ctx: HospitalCtx, headUserId: string | null | undefined) {
  if (!headUserId) return;
  const [head] = await ctx.main
    .select({ isActive: u.isActive, approval: u.approval })
    .from(u)
    .where(and(eq(u.id, headUserId), eq(u.hospitalId, ctx.hospital.id)));
  if (!head || !head.isActive || head.approval !== "APPROVED") {
    throw new AppError("VALIDATION", { field: "headUserId", fieldCode: "HEAD_NOT_STAFF" });
  }
}

function conflictOnCode(err: unknown, code: string | undefined): never {
  if (driver().isUniqueViolation(err))
    throw new AppError("DEPARTMENT_CODE_TAKEN", { field: "code", params: { code: code ?? "" } });
  throw err;
}

export async function createDepartment(ctx: HospitalCtx, input: NewDepartmentInput) {
  await assertHead(ctx, input.headUserId);
  const now = new Date();
  const id = newId();
  try {
    await ctx.main.insert(d).values({
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

export async function updateDepartment(ctx: HospitalCtx, id: string, patch: DepartmentPatch) {
  await getDepartment(ctx, id);
  await assertHead(ctx, patch.headUserId);
  try {
    await ctx.main
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
export async function setDepartmentActive(ctx: HospitalCtx, id: string, active: boolean) {
  await getDepartment(ctx, id);
  await ctx.main
    .update(d)
    .set({ isActive: active, updatedAt: new Date() })
    .where(and(eq(d.id, id), eq(d.hospitalId, ctx.hospital.id)));
  await audit(ctx, active ? "department.reactivated" : "department.deactivated", id);
  return getDepartment(ctx, id);
}
