// Writing into an open encounter: vitals (nurses and doctors), the SOAP note, diagnoses and prescriptions
// (doctors). A signed encounter is read-only: every write here checks the encounter is still OPEN inside its
// transaction; corrections after signing are addenda (sign.ts).
import { and, desc, eq, sql } from "drizzle-orm";
import { tenant, type Db } from "@/db";
import { newId } from "@/db/id";
import { recordPhiAccess } from "../audit/phi";
import { AppError } from "../errors";
import { assertPermitted, type HospitalCtx } from "../context";
import { allergyConflicts } from "../../shared/clinical/allergy-check";
import { icdTitle } from "./icd";
import type { Encounter } from "./start";
import {
  NOTE_PARTS,
  type diagnosisSchema,
  type noteSchema,
  type prescriptionSchema,
  type VitalsInput,
} from "../../shared/encounters/schemas";
import type { z } from "zod";

const e = tenant.encounters;

/** the encounter, re-read inside the write transaction, refused unless OPEN */
export async function openEncounter(db: Db, id: string): Promise<Encounter> {
  const [row] = await db.select().from(e).where(eq(e.id, id));
  if (!row) throw new AppError("ENCOUNTER_NOT_FOUND");
  if (row.status !== "OPEN") throw new AppError("ENCOUNTER_SIGNED");
  return row;
}

const touch = (db: Db, id: string) => db.update(e).set({ updatedAt: new Date() }).where(eq(e.id, id));

export function bmiOf(heightCm: number | null | undefined, weightKg: number | null | undefined): number | null {
  if (!heightCm || !weightKg) return null;
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
}

export async function recordVitals(ctx: HospitalCtx, input: VitalsInput) {
  assertPermitted(ctx, "vitals.record");
  return ctx.db.transaction(async (tx) => {
    const enc = await openEncounter(tx, input.encounterId);
    const { encounterId, notes, ...m } = input;
    const [row] = await tx
      .insert(tenant.vitals)
      .values({
        id: newId(),
        encounterId,
        patientId: enc.patientId,
        systolic: m.systolic ?? null,
        diastolic: m.diastolic ?? null,
        pulse: m.pulse ?? null,
        respiratoryRate: m.respiratoryRate ?? null,
        temperatureC: m.temperatureC ?? null,
        spo2: m.spo2 ?? null,
        heightCm: m.heightCm ?? null,
        weightKg: m.weightKg ?? null,
        bmi: bmiOf(m.heightCm, m.weightKg),
        notes,
        recordedBy: ctx.actor.userId,
        recordedByName: ctx.actor.name,
        recordedAt: new Date(),
      })
      .returning();
    await touch(tx, encounterId);
    await recordPhiAccess(tx, ctx.actor, {
      action: "encounter.vitals",
      entityType: "vitals",
      entityId: row!.id,
      patientId: enc.patientId,
    });
    return row!;
  });
}

/**
 * Saves the note (chief complaint and SOAP) of an open encounter: only its own doctor, and only from the version the
 * edit started from. One conditional UPDATE … WHERE note_version = baseVersion decides (race-free on both databases:
 * of two saves from the same version exactly one matches); the revision is written in the same transaction, so every
 * saved text is kept with its author and time. A stale save is refused with NOTE_CHANGED, whose params carry who
 * saved meanwhile and the note as it is now, so the doctor can compare both texts; nothing is overwritten.
 */
export async function saveNote(ctx: HospitalCtx, input: z.output<typeof noteSchema>) {
  assertPermitted(ctx, "encounter.note.write");
  const { encounterId, baseVersion, ...note } = input;
  return ctx.db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(e)
      .set({ ...note, noteVersion: sql`${e.noteVersion} + 1`, updatedAt: now })
      .where(
        and(
          eq(e.id, encounterId),
          eq(e.status, "OPEN"),
          eq(e.doctorId, ctx.actor.userId),
          eq(e.noteVersion, baseVersion),
        ),
      )
      .returning();
    if (!row) {
      // why nothing matched: missing, signed, someone else's encounter, or saved meanwhile
      const enc = await openEncounter(tx, encounterId);
      if (enc.doctorId !== ctx.actor.userId) throw new AppError("NOTE_OTHER_DOCTOR");
      throw await noteChanged(tx, enc);
    }
    await tx.insert(tenant.encounterNoteRevisions).values({
      id: newId(),
      encounterId,
      version: row.noteVersion,
      ...Object.fromEntries(NOTE_PARTS.map((part) => [part, row[part]])),
      authorId: ctx.actor.userId,
      authorName: ctx.actor.name,
      createdAt: now,
    });
    await recordPhiAccess(tx, ctx.actor, {
      action: "encounter.note",
      entityType: "encounter",
      entityId: encounterId,
      patientId: row.patientId,
    });
    return row;
  });
}

/** the refusal of a stale save: who saved the version that is current, and the note as it is now */
async function noteChanged(db: Db, enc: Encounter): Promise<AppError> {
  const r = tenant.encounterNoteRevisions;
  const [last] = await db
    .select({ authorName: r.authorName, createdAt: r.createdAt })
    .from(r)
    .where(and(eq(r.encounterId, enc.id), eq(r.version, enc.noteVersion)))
    .orderBy(desc(r.createdAt))
    .limit(1);
  return new AppError("NOTE_CHANGED", {
    params: {
      name: last?.authorName ?? "—",
      savedAt: (last?.createdAt ?? enc.updatedAt).toISOString(),
      version: enc.noteVersion,
      ...Object.fromEntries(NOTE_PARTS.map((part) => [part, enc[part]])),
    },
  });
}

export async function addDiagnosis(ctx: HospitalCtx, input: z.output<typeof diagnosisSchema>) {
  assertPermitted(ctx, "diagnosis.write");
  const title = icdTitle(input.icdCode);
  if (!title)
    throw new AppError("VALIDATION", {
      field: "icdCode",
      fieldCode: "UNKNOWN_ICD_CODE",
      params: { code: input.icdCode },
    });
  return ctx.db.transaction(async (tx) => {
    const enc = await openEncounter(tx, input.encounterId);
    const [row] = await tx
      .insert(tenant.diagnoses)
      .values({
        id: newId(),
        encounterId: enc.id,
        patientId: enc.patientId,
        icdCode: input.icdCode,
        title,
        kind: input.kind,
        notes: input.notes,
        createdBy: ctx.actor.userId,
        createdAt: new Date(),
      })
      .returning();
    await touch(tx, enc.id);
    await recordPhiAccess(tx, ctx.actor, {
      action: "encounter.diagnosis",
      entityType: "diagnosis",
      entityId: row!.id,
      patientId: enc.patientId,
    });
    return row!;
  });
}

/**
 * Adds a prescription. A drug that matches one of the patient's recorded allergies (by ingredient, class or name:
 * shared/clinical/allergy-check.ts) is refused with ALLERGY_CONFLICT naming the allergies — unless the doctor gives an
 * override reason, which is kept on the prescription with the allergies it overrode and written to the PHI log.
 */
export async function addPrescription(ctx: HospitalCtx, input: z.output<typeof prescriptionSchema>) {
  assertPermitted(ctx, "prescription.write");
  return ctx.db.transaction(async (tx) => {
    const enc = await openEncounter(tx, input.encounterId);
    const { encounterId: _e, allergyOverrideReason, ...rx } = input;
    const [patient] = await tx
      .select({ allergies: tenant.patients.allergies })
      .from(tenant.patients)
      .where(eq(tenant.patients.id, enc.patientId));
    const conflicts = allergyConflicts(patient?.allergies ?? [], rx.drug);
    const reason = allergyOverrideReason?.trim() || null;
    if (conflicts.length > 0 && !reason)
      throw new AppError("ALLERGY_CONFLICT", {
        field: "drug",
        params: {
          drug: rx.drug,
          allergies: conflicts.map((c) => `${c.substance} (${c.severity})`).join(", "),
          count: conflicts.length,
        },
      });
    const [row] = await tx
      .insert(tenant.prescriptions)
      .values({
        id: newId(),
        encounterId: enc.id,
        patientId: enc.patientId,
        ...rx,
        allergyOverrideReason: conflicts.length > 0 ? reason : null,
        allergyOverrides: conflicts.length > 0 ? conflicts : null,
        createdBy: ctx.actor.userId,
        createdAt: new Date(),
      })
      .returning();
    await touch(tx, enc.id);
    await recordPhiAccess(tx, ctx.actor, {
      action: conflicts.length > 0 ? "encounter.prescription.allergy_override" : "encounter.prescription",
      entityType: "prescription",
      entityId: row!.id,
      patientId: enc.patientId,
    });
    return row!;
  });
}

/** removes a diagnosis or prescription entered by mistake, while the encounter is open */
export async function removeItem(
  ctx: HospitalCtx,
  kind: "diagnosis" | "prescription",
  encounterId: string,
  id: string,
) {
  assertPermitted(ctx, kind === "diagnosis" ? "diagnosis.write" : "prescription.write");
  const table = kind === "diagnosis" ? tenant.diagnoses : tenant.prescriptions;
  return ctx.db.transaction(async (tx) => {
    const enc = await openEncounter(tx, encounterId);
    const gone = await tx
      .delete(table)
      .where(and(eq(table.id, id), eq(table.encounterId, encounterId)))
      .returning({ id: table.id });
    if (gone.length === 0) throw new AppError(kind === "diagnosis" ? "DIAGNOSIS_NOT_FOUND" : "PRESCRIPTION_NOT_FOUND");
    await touch(tx, enc.id);
    await recordPhiAccess(tx, ctx.actor, {
      action: `encounter.${kind}.remove`,
      entityType: kind,
      entityId: id,
      patientId: enc.patientId,
    });
    return { ok: true };
  });
}
