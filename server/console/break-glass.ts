// Break-glass: the only way a super admin reads a hospital's clinical data. They ask for one hospital with a reason and
// get read access for a limited time (BREAK_GLASS_MINUTES, default 60). Without an active grant every read answers
// BREAK_GLASS_REQUIRED. Starting and ending a grant go to the control audit log with the hospital (its admins see
// them: platformAccess.list and their dashboard); every read under a grant goes to that hospital's own PHI access log
// with the super admin as the reader (role SUPERADMIN) and the grant's id.
import { and, desc, eq, gt, isNull, type SQL } from "drizzle-orm";
import { control, tenant } from "@/db";
import { newId } from "@/db/id";
import { queuePhiReadBy } from "../audit/phi";
import { config } from "../config";
import type { PlatformCtx } from "../context";
import { AppError } from "../errors";
import { listPatients, patientListColumns } from "../patients/search";
import { withHospital } from "../tenancy";
import { assertProvisioned, auditConsole, findHospital } from "./context";

const g = control.breakGlassGrants;

export type BreakGlassGrant = typeof g.$inferSelect;

/** grants in force now: not ended and not expired */
const active = (now: Date): SQL => and(isNull(g.endedAt), gt(g.expiresAt, now))!;

/** starts time-limited read access to one hospital (a grant already running for it is ended first) */
export async function startBreakGlass(ctx: PlatformCtx, code: string, reason: string): Promise<BreakGlassGrant> {
  const hospital = await findHospital(ctx, code);
  assertProvisioned(hospital);
  const now = new Date();
  await ctx.main
    .update(g)
    .set({ endedAt: now })
    .where(and(eq(g.hospitalId, hospital.id), eq(g.userId, ctx.actor.userId), active(now)));
  const grant: BreakGlassGrant = {
    id: newId(),
    hospitalId: hospital.id,
    userId: ctx.actor.userId,
    username: ctx.actor.username,
    reason,
    startsAt: now,
    expiresAt: new Date(now.getTime() + config.breakGlassMinutes * 60_000),
    endedAt: null,
  };
  await ctx.main.insert(g).values(grant);
  await auditConsole(ctx, "break_glass.started", {
    hospital: { id: hospital.id, code: hospital.code },
    target: { type: "break_glass", id: grant.id },
    detail: { reason, expiresAt: grant.expiresAt.toISOString() },
  });
  return grant;
}

/** ends the super admin's grant for a hospital before its time */
export async function endBreakGlass(ctx: PlatformCtx, code: string): Promise<{ ended: number }> {
  const hospital = await findHospital(ctx, code);
  const now = new Date();
  const ended = await ctx.main
    .update(g)
    .set({ endedAt: now })
    .where(and(eq(g.hospitalId, hospital.id), eq(g.userId, ctx.actor.userId), active(now)))
    .returning({ id: g.id });
  for (const e of ended)
    await auditConsole(ctx, "break_glass.ended", {
      hospital: { id: hospital.id, code: hospital.code },
      target: { type: "break_glass", id: e.id },
    });
  return { ended: ended.length };
}

/** the acting super admin's grants in force, with their hospitals */
export async function listMyBreakGlass(ctx: PlatformCtx) {
  const h = control.hospitals;
  return ctx.main
    .select({
      id: g.id,
      code: h.code,
      name: h.name,
      reason: g.reason,
      startsAt: g.startsAt,
      expiresAt: g.expiresAt,
    })
    .from(g)
    .innerJoin(h, eq(h.id, g.hospitalId))
    .where(and(eq(g.userId, ctx.actor.userId), active(new Date())))
    .orderBy(desc(g.startsAt));
}

/** the hospital and the actor's grant in force for it, or BREAK_GLASS_REQUIRED */
async function granted(ctx: PlatformCtx, code: string) {
  const hospital = await findHospital(ctx, code);
  const [grant] = await ctx.main
    .select()
    .from(g)
    .where(and(eq(g.hospitalId, hospital.id), eq(g.userId, ctx.actor.userId), active(new Date())))
    .orderBy(desc(g.expiresAt))
    .limit(1);
  if (!grant) throw new AppError("BREAK_GLASS_REQUIRED", { params: { code: hospital.code } });
  return { hospital: { id: hospital.id, code: hospital.code }, grant };
}

const reader = (ctx: PlatformCtx) => ({
  userId: ctx.actor.userId,
  username: ctx.actor.username,
  role: "SUPERADMIN" as const,
  ip: ctx.actor.ip,
});

/** patients of the hospital (search by name, MRN or phone), under a grant; the list is in its PHI access log */
export async function breakGlassPatients(ctx: PlatformCtx, code: string, search: string | undefined) {
  const { hospital, grant } = await granted(ctx, code);
  const page = await withHospital(hospital.code, (db) => listPatients({ db }, { search, limit: 50 }));
  queuePhiReadBy({ main: ctx.main, hospital }, reader(ctx), {
    action: "patient.list.break_glass",
    entityType: "patient",
    entityId: "list",
    patientId: page.items.length === 1 ? page.items[0]!.id : null,
    details: {
      filters: { search, grant: grant.id },
      count: page.items.length,
      patientIds: page.items.map((p) => p.id),
    },
  });
  return { items: page.items, expiresAt: grant.expiresAt };
}

/** one patient's chart (details and encounters), under a grant; the read is in the hospital's PHI access log */
export async function breakGlassPatient(ctx: PlatformCtx, code: string, id: string) {
  const { hospital, grant } = await granted(ctx, code);
  const e = tenant.encounters;
  const p = tenant.patients;
  const chart = await withHospital(hospital.code, async (db) => {
    const [patient] = await db
      .select({
        ...patientListColumns,
        email: p.email,
        bloodGroup: p.bloodGroup,
        chronicConditions: p.chronicConditions,
        currentMedications: p.currentMedications,
      })
      .from(p)
      .where(eq(p.id, id));
    if (!patient) throw new AppError("PATIENT_NOT_FOUND");
    const encounters = await db
      .select({
        id: e.id,
        kind: e.kind,
        status: e.status,
        startedAt: e.startedAt,
        signedAt: e.signedAt,
        chiefComplaint: e.chiefComplaint,
      })
      .from(e)
      .where(eq(e.patientId, id))
      .orderBy(desc(e.startedAt))
      .limit(100);
    const { sortName: _sortName, ...details } = patient;
    return { patient: details, encounters };
  });
  queuePhiReadBy({ main: ctx.main, hospital }, reader(ctx), {
    action: "patient.view.break_glass",
    entityType: "patient",
    entityId: id,
    patientId: id,
    details: { filters: { grant: grant.id }, count: 1, patientIds: [id] },
  });
  return { ...chart, expiresAt: grant.expiresAt };
}
