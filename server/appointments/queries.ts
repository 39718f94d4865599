// Reading appointments: by range (a doctor's day or week, in the hospital's time zone), the reception queue of
// today, one appointment with its history.
import { and, asc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import { tenant } from "@/db";
import { AppError } from "../errors";
import type { HospitalCtx } from "../context";
import { addDays, dayRange, today } from "../../shared/time";
import { listDoctors } from "../users/doctors";
import type { ListAppointmentsInput } from "../../shared/appointments/schemas";

const a = tenant.appointments;
const p = tenant.patients;

const columns = {
  id: a.id,
  number: a.number,
  patientId: a.patientId,
  doctorId: a.doctorId,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  durationMinutes: a.durationMinutes,
  type: a.type,
  priority: a.priority,
  reason: a.reason,
  status: a.status,
  patient: { firstName: p.firstName, lastName: p.lastName, mrn: p.mrn, isVip: p.isVip, allergies: p.allergies },
};

async function doctorNames(ctx: HospitalCtx) {
  return new Map((await listDoctors(ctx)).map((d) => [d.id, `Dr ${d.firstName} ${d.lastName}`]));
}

export async function listAppointments(ctx: HospitalCtx, f: ListAppointmentsInput) {
  const tz = ctx.hospital.settings.timezone;
  // a patient's history without dates: all of it (newest first is the caller's choice); otherwise a range of days
  const whole = Boolean(f.patientId && !f.from && !f.to);
  const from = f.from ?? today(tz);
  const to = f.to ?? (f.from ? f.from : addDays(from, 6));
  const where: SQL[] = whole ? [] : [gte(a.startsAt, dayRange(from, tz)[0]), lt(a.startsAt, dayRange(to, tz)[1])];
  if (f.doctorId) where.push(eq(a.doctorId, f.doctorId));
  if (f.patientId) where.push(eq(a.patientId, f.patientId));
  if (f.status?.length) where.push(inArray(a.status, f.status));
  const rows = await ctx.db
    .select(columns)
    .from(a)
    .innerJoin(p, eq(p.id, a.patientId))
    .where(and(...where))
    .orderBy(asc(a.startsAt))
    .limit(f.limit);
  const names = await doctorNames(ctx);
  return { from, to, timeZone: tz, items: rows.map((r) => ({ ...r, doctorName: names.get(r.doctorId) ?? "—" })) };
}

/** today's appointments in the hospital's time zone, in queue order, for the reception desk */
export async function receptionQueue(ctx: HospitalCtx) {
  const date = today(ctx.hospital.settings.timezone);
  return listAppointments(ctx, { from: date, to: date, limit: 500 });
}

export async function getAppointment(ctx: HospitalCtx, id: string) {
  const [row] = await ctx.db.select(columns).from(a).innerJoin(p, eq(p.id, a.patientId)).where(eq(a.id, id));
  if (!row) throw new AppError("APPOINTMENT_NOT_FOUND");
  const h = tenant.appointmentHistory;
  const history = await ctx.db.select().from(h).where(eq(h.appointmentId, id)).orderBy(asc(h.at));
  const names = await doctorNames(ctx);
  const [encounter] = await ctx.db
    .select({ id: tenant.encounters.id })
    .from(tenant.encounters)
    .where(eq(tenant.encounters.appointmentId, id));
  return { ...row, doctorName: names.get(row.doctorId) ?? "—", history, encounterId: encounter?.id ?? null };
}
