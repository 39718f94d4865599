// Registering and updating patients. The MRN comes from an atomic counter, so concurrent registrations never share
// one; the plan's patient limit is checked under the same lock.
import { and, count, eq, sql } from "drizzle-orm";
import { tenant, type Db } from "@/db";
import { newId } from "@/db/id";
import { recordPhiAccess } from "../audit/phi";
import type { HospitalCtx } from "../context";
import { AppError } from "../errors";
import { PLAN_RULES } from "../../shared/hospitals/plans";
import { bumpCounter } from "../counters";
import { nameTerms, patientSearchKeys, sortName } from "./names";
import type { PatientFields, PatientPatch } from "../../shared/patients/schemas";

export type Patient = typeof tenant.patients.$inferSelect;

export function formatMrn(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, "0")}`;
}

async function writeNameTerms(
  db: Db,
  patientId: string,
  p: { firstName: string; middleName: string; lastName: string },
) {
  const t = tenant.patientNameTerms;
  await db.delete(t).where(eq(t.patientId, patientId));
  const terms = nameTerms(p.firstName, p.middleName, p.lastName);
  if (terms.length)
    await db
      .insert(t)
      .values(terms.map((term) => ({ term, patientId })))
      .onConflictDoNothing();
}

export async function registerPatient(ctx: HospitalCtx, input: PatientFields): Promise<Patient> {
  return ctx.db.transaction(async (tx) => {
    const mrnNumber = await bumpCounter(tx, "mrn"); // first: on Postgres this row lock serialises registrations
    const limit = PLAN_RULES[ctx.hospital.plan].maxPatients;
    if (limit !== null) {
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(tenant.patients);
      if (n >= limit) {
        throw new AppError("LIMIT_REACHED", { params: { plan: ctx.hospital.plan, limit } });
      }
    }
    const now = new Date();
    const id = newId();
    const [patient] = await tx
      .insert(tenant.patients)
      .values({
        id,
        mrn: formatMrn(ctx.hospital.settings.mrnPrefix, mrnNumber),
        ...input,
        ...patientSearchKeys({ phone: input.phone, mrn: formatMrn(ctx.hospital.settings.mrnPrefix, mrnNumber) }),
        sortName: sortName(input.lastName, input.firstName),
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await writeNameTerms(tx, id, input);
    await recordPhiAccess(tx, ctx.actor, {
      action: "patient.create",
      entityType: "patient",
      entityId: id,
      patientId: id,
    });
    return patient!;
  });
}

export async function getPatient(ctx: HospitalCtx, id: string): Promise<Patient> {
  const [p] = await ctx.db.select().from(tenant.patients).where(eq(tenant.patients.id, id));
  if (!p) throw new AppError("PATIENT_NOT_FOUND");
  return p;
}

/**
 * Changes a patient's details, only from the version the edit started from (patient.get's `version`): the UPDATE is
 * conditional on it (… WHERE version = baseVersion), so of two edits from the same version one wins and the other is
 * refused with STALE (params.version: the current one) — never a silent overwrite.
 */
export async function updatePatient(
  ctx: HospitalCtx,
  id: string,
  baseVersion: number,
  patch: PatientPatch,
): Promise<Patient> {
  return ctx.db.transaction(async (tx) => {
    const current = await getPatient({ ...ctx, db: tx }, id);
    const stale = () => new AppError("STALE", { params: { version: current.version } });
    if (current.version !== baseVersion) throw stale();
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as Patient;
    const [updated] = await tx
      .update(tenant.patients)
      .set({
        ...patch,
        ...patientSearchKeys({ phone: next.phone }),
        sortName: sortName(next.lastName, next.firstName),
        version: sql`${tenant.patients.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(tenant.patients.id, id), eq(tenant.patients.version, baseVersion)))
      .returning();
    if (!updated) throw stale();
    if (patch.firstName !== undefined || patch.middleName !== undefined || patch.lastName !== undefined)
      await writeNameTerms(tx, id, next);
    await recordPhiAccess(tx, ctx.actor, {
      action: "patient.update",
      entityType: "patient",
      entityId: id,
      patientId: id,
    });
    return updated!;
  });
}
