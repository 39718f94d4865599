// The doctors of a hospital, for its clinical modules (booking, calendars, encounters). Staff are kept in the main
// database; every query carries the hospital's id, so another hospital's doctor is NOT_FOUND like a missing one.
import { and, asc, eq } from "drizzle-orm";
import { control } from "@/db";
import type { HospitalRole } from "@/shared/enums";
import type { HospitalCtx } from "../context";
import { AppError } from "../errors";

const u = control.users;
/** doctors of this hospital (for booking and calendars) */
export async function listDoctors(ctx: HospitalCtx) {
  return ctx.main
    .select({ id: u.id, firstName: u.firstName, lastName: u.lastName, departmentId: u.departmentId })
    .from(u)
    .where(
      and(
        eq(u.hospitalId, ctx.hospital.id),
        eq(u.role, "DOCTOR" as HospitalRole),
        eq(u.isActive, true),
        eq(u.approval, "APPROVED"),
      ),
    )
    .orderBy(asc(u.lastName));
}

/** an active doctor of this hospital, or NOT_FOUND (another hospital's user id answers the same) */
export async function findDoctor(ctx: HospitalCtx, doctorId: string) {
  const [row] = await ctx.main
    .select({ id: u.id, firstName: u.firstName, lastName: u.lastName, isActive: u.isActive })
    .from(u)
    .where(and(eq(u.id, doctorId), eq(u.hospitalId, ctx.hospital.id), eq(u.role, "DOCTOR" as HospitalRole)));
  if (!row || !row.isActive) throw new AppError("DOCTOR_NOT_FOUND");
  return { id: row.id, name: `Dr ${row.firstName} ${row.lastName}` };
}
