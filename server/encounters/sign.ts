// Signing closes an encounter for good; afterwards only addenda (author, time, text) can be added.
import { and, eq } from "drizzle-orm";
import { tenant } from "@/db";
import { newId } from "@/db/id";
import { recordPhiAccess } from "../audit/phi";
import { writeHistory } from "../appointments/book";
import { AppError } from "../errors";
import { assertPermitted, type HospitalCtx } from "../context";
import { openEncounter } from "./charting";

const e = tenant.encounters;

export async function signEncounter(ctx: HospitalCtx, id: string) {
  assertPermitted(ctx, "encounter.sign");
  return ctx.db.transaction(async (tx) => {
    const enc = await openEncounter(tx, id);
    if (enc.doctorId !== ctx.actor.userId) throw new AppError("NOT_ENCOUNTER_DOCTOR");
    const now = new Date();
    const [row] = await tx
      .update(e)
      .set({
        status: "SIGNED",
        signedAt: now,
        signedBy: ctx.actor.userId,
        signedByName: ctx.actor.name,
        updatedAt: now,
      })
      .where(and(eq(e.id, id), eq(e.status, "OPEN")))
      .returning();
    if (enc.appointmentId) {
      const a = tenant.appointments;
      const done = await tx
        .update(a)
        .set({ status: "COMPLETED", updatedAt: now })
        .where(and(eq(a.id, enc.appointmentId), eq(a.status, "IN_PROGRESS")))
        .returning({ id: a.id });
      if (done.length) await writeHistory(tx, ctx, enc.appointmentId, "IN_PROGRESS", "COMPLETED", "encounter signed");
    }
    await recordPhiAccess(tx, ctx.actor, {
      action: "encounter.sign",
      entityType: "encounter",
      entityId: id,
      patientId: enc.patientId,
    });
    return row!;
  });
}

export async function addAddendum(ctx: HospitalCtx, encounterId: string, text: string) {
  assertPermitted(ctx, "encounter.addendum");
  return ctx.db.transaction(async (tx) => {
    const [enc] = await tx.select().from(e).where(eq(e.id, encounterId));
    if (!enc) throw new AppError("ENCOUNTER_NOT_FOUND");
    if (enc.status !== "SIGNED") throw new AppError("ENCOUNTER_OPEN");
    const [row] = await tx
      .insert(tenant.encounterAddenda)
      .values({
        id: newId(),
        encounterId,
        text,
        authorId: ctx.actor.userId,
        authorName: ctx.actor.name,
        createdAt: new Date(),
      })
      .returning();
    await recordPhiAccess(tx, ctx.actor, {
      action: "encounter.addendum",
      entityType: "encounter",
      entityId: encounterId,
      patientId: enc.patientId,
    });
    return row!;
  });
}
