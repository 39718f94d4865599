// Reading encounters: one with everything recorded in it, a patient's history, a worklist.
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { tenant } from "@/db";
import type { EncounterStatus } from "@/shared/enums";
import { recordPhiRead } from "../audit/phi";
import { AppError } from "../errors";
import type { HospitalCtx } from "../context";
import { listDoctors } from "../users/doctors";

const e = tenant.encounters;
const p = tenant.patients;

export async function getEncounter(ctx: HospitalCtx, id: string) {
  const [enc] = await ctx.db.select().from(e).where(eq(e.id, id));
  if (!enc) throw new AppError("ENCOUNTER_NOT_FOUND");
  const [patient] = await ctx.db
    .select({
      id: p.id,
      mrn: p.mrn,
      firstName: p.firstName,
      lastName: p.lastName,
      dateOfBirth: p.dateOfBirth,
      gender: p.gender,
      allergies: p.allergies,
    })
    .from(p)
    .where(eq(p.id, enc.patientId));
  const [vitals, diagnoses, prescriptions, addenda] = await Promise.all([
    ctx.db.select().from(tenant.vitals).where(eq(tenant.vitals.encounterId, id)).orderBy(asc(tenant.vitals.recordedAt)),
    ctx.db
      .select()
      .from(tenant.diagnoses)
      .where(eq(tenant.diagnoses.encounterId, id))
      .orderBy(asc(tenant.diagnoses.createdAt)),
    ctx.db
      .select()
      .from(tenant.prescriptions)
      .where(eq(tenant.prescriptions.encounterId, id))
      .orderBy(asc(tenant.prescriptions.createdAt)),
    ctx.db
      .select()
      .from(tenant.encounterAddenda)
      .where(eq(tenant.encounterAddenda.encounterId, id))
      .orderBy(asc(tenant.encounterAddenda.createdAt)),
  ]);
  await recordPhiRead(ctx, {
    action: "encounter.view",
    entityType: "encounter",
    entityId: id,
    patientId: enc.patientId,
  });
  const doctors = new Map((await listDoctors(ctx)).map((d) => [d.id, `Dr ${d.firstName} ${d.lastName}`]));
  return {
    ...enc,
    doctorName: doctors.get(enc.doctorId) ?? "—",
    patient: patient!,
    vitals,
    diagnoses,
    prescriptions,
    addenda,
  };
}

export async function listEncounters(
  ctx: HospitalCtx,
  f: { patientId?: string; doctorId?: string; status?: EncounterStatus[]; limit: number },
) {
  const where: SQL[] = [];
  if (f.patientId) where.push(eq(e.patientId, f.patientId));
  if (f.doctorId) where.push(eq(e.doctorId, f.doctorId));
  if (f.status?.length) where.push(inArray(e.status, f.status));
  const rows = await ctx.db
    .select({
      id: e.id,
      kind: e.kind,
      status: e.status,
      startedAt: e.startedAt,
      signedAt: e.signedAt,
      doctorId: e.doctorId,
      chiefComplaint: e.chiefComplaint,
      patientId: e.patientId,
      patient: { firstName: p.firstName, lastName: p.lastName, mrn: p.mrn },
    })
    .from(e)
    .innerJoin(p, eq(p.id, e.patientId))
    .where(and(...where))
    .orderBy(desc(e.startedAt))
    .limit(f.limit);
  const doctors = new Map((await listDoctors(ctx)).map((d) => [d.id, `Dr ${d.firstName} ${d.lastName}`]));
  const ids = rows.map((r) => r.id);
  const dx = ids.length
    ? await ctx.db
        .select({
          encounterId: tenant.diagnoses.encounterId,
          icdCode: tenant.diagnoses.icdCode,
          title: tenant.diagnoses.title,
        })
        .from(tenant.diagnoses)
        .where(inArray(tenant.diagnoses.encounterId, ids))
    : [];
  return rows.map((r) => ({
    ...r,
    doctorName: doctors.get(r.doctorId) ?? "—",
    diagnoses: dx.filter((d) => d.encounterId === r.id),
  }));
}
