// Moving an appointment along its status machine (rules.ts). Each change is conditional on the status it was read
// in, so two people changing the same appointment at once cannot both win; each is kept in the history.
import { and, eq } from "drizzle-orm";
import { tenant } from "@/db";
import type { AppointmentStatus } from "@/shared/enums";
import { recordPhiAccess } from "../audit/phi";
import { AppError } from "../errors";
import { assertPermitted, type HospitalCtx } from "../context";
import { writeHistory, type Appointment } from "./book";
import { canTransition, STATUS_PERMISSION } from "../../shared/appointments/rules";

const a = tenant.appointments;

export async function changeAppointmentStatus(
  ctx: HospitalCtx,
  id: string,
  to: AppointmentStatus,
  reason: string,
): Promise<Appointment> {
  if (to === "RESCHEDULED") throw new AppError("VALIDATION", { field: "status", fieldCode: "USE_RESCHEDULE" });
  if (to === "SCHEDULED") throw new AppError("VALIDATION", { field: "status", fieldCode: "STATUS_BACK_TO_SCHEDULED" });
  const [current] = await ctx.db.select().from(a).where(eq(a.id, id));
  if (!current) throw new AppError("APPOINTMENT_NOT_FOUND");
  if (!canTransition(current.status, to))
    throw new AppError("STATUS_MOVE_NOT_ALLOWED", { field: "status", params: { from: current.status, to } });
  assertPermitted(ctx, STATUS_PERMISSION[to]);
  if (to === "CANCELLED" && !reason)
    throw new AppError("VALIDATION", { field: "reason", fieldCode: "CANCELLATION_REASON_REQUIRED" });

  const lateCancel =
    to === "CANCELLED" &&
    current.startsAt.getTime() - Date.now() < ctx.hospital.settings.cancellationWindowHours * 3_600_000;
  return ctx.db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(a)
      .set({ status: to, updatedAt: now })
      .where(and(eq(a.id, id), eq(a.status, current.status)))
      .returning();
    if (!row) throw new AppError("STALE");
    await writeHistory(tx, ctx, id, current.status, to, reason, lateCancel ? { lateCancellation: true } : undefined);
    await recordPhiAccess(tx, ctx.actor, {
      action: `appointment.${to.toLowerCase()}`,
      entityType: "appointment",
      entityId: id,
      patientId: current.patientId,
    });
    return row;
  });
}
