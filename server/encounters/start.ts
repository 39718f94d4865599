// Opening an encounter: from a checked-in appointment (which moves to IN_PROGRESS) or as a walk-in.
import { and, eq } from "drizzle-orm";
import { driver, tenant } from "@/db";
import { newId } from "@/db/id";
import { recordPhiAccess } from "../audit/phi";
import { writeHistory } from "../appointments/book";
import { AppError } from "../errors";
import { getPatient } from "../patients/register";
import { assertPermitted, type HospitalCtx } from "../context";
import { findDoctor } from "../users/doctors";

const e = tenant.encounters;
const a = tenant.appointments;
export type Encounter = typeof e.$inferSelect;

export async function startEncounter(
  ctx: HospitalCtx,
  input: { appointmentId: string } | { patientId: string; doctorId?: string; chiefComplaint: string },
): Promise<Encounter> {
  assertPermitted(ctx, "encounter.start");
  const now = new Date();
  if ("appointmentId" in input) {
    const [appt] = await ctx.db.select().from(a).where(eq(a.id, input.appointmentId));
    if (!appt) throw new AppError("APPOINTMENT_NOT_FOUND");
    if (appt.status !== "CHECKED_IN") throw new AppError("PATIENT_NOT_CHECKED_IN");
    try {
      return await ctx.db.transaction(async (tx) => {
        const moved = await tx
          .update(a)
          .set({ status: "IN_PROGRESS", updatedAt: now })
          .where(and(eq(a.id, appt.id), eq(a.status, "CHECKED_IN")))
          .returning({ id: a.id });
        if (moved.length === 0) throw new AppError("STALE");
        await writeHistory(tx, ctx, appt.id, "CHECKED_IN", "IN_PROGRESS", "encounter started");
        const [row] = await tx
          .insert(e)
          .values({
            id: newId(),
            patientId: appt.patientId,
            appointmentId: appt.id,
            doctorId: appt.doctorId,
            kind: "APPOINTMENT",
            status: "OPEN",
            chiefComplaint: appt.reason,
            startedAt: now,
            createdBy: ctx.actor.userId,
            updatedAt: now,
          })
          .returning();
        await recordPhiAccess(tx, ctx.actor, {
          action: "encounter.start",
          entityType: "encounter",
          entityId: row!.id,
          patientId: appt.patientId,
        });
        return row!;
      });
    } catch (err) {
      if (driver().isUniqueViolation(err)) throw new AppError("ENCOUNTER_EXISTS");
      throw err;
    }
  }
  await getPatient(ctx, input.patientId);
  const doctorId = ctx.actor.role === "DOCTOR" ? (input.doctorId ?? ctx.actor.userId) : input.doctorId;
  if (!doctorId) throw new AppError("VALIDATION", { field: "doctorId", fieldCode: "DOCTOR_REQUIRED" });
  // the doctor named must be an active doctor of this hospital; the answer names the field so the form can show it
  const doctor = await findDoctor(ctx, doctorId).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "DOCTOR_NOT_FOUND")
      throw new AppError("DOCTOR_NOT_FOUND", { field: "doctorId", fieldCode: "DOCTOR_NOT_FOUND" });
    throw err;
  });
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(e)
      .values({
        id: newId(),
        patientId: input.patientId,
        appointmentId: null,
        doctorId: doctor.id,
        kind: "WALK_IN",
        status: "OPEN",
        chiefComplaint: input.chiefComplaint,
        startedAt: now,
        createdBy: ctx.actor.userId,
        updatedAt: now,
      })
      .returning();
    await recordPhiAccess(tx, ctx.actor, {
      action: "encounter.start",
      entityType: "encounter",
      entityId: row!.id,
      patientId: input.patientId,
    });
    return row!;
  });
}
