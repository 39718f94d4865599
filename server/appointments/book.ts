// Booking and rescheduling. A doctor can never be double-booked, even by two simultaneous requests: every booking
// transaction first bumps the doctor's lock row (on Postgres its row lock makes the next booking for that doctor
// wait; libsql write transactions are serialised per database), then looks for a clash, then inserts.
import { and, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import { tenant, type Db } from "@/db";
import { newId } from "@/db/id";
import { recordPhiAccess } from "../audit/phi";
import { AppError } from "../errors";
import { getPatient } from "../patients/register";
import { assertPermitted, type HospitalCtx } from "../context";
import { bumpCounter } from "../counters";
import { localParts, minutesOf } from "../../shared/time";
import { findDoctor } from "../users/doctors";
import { ACTIVE_STATUSES } from "../../shared/appointments/rules";
import type { CreateAppointmentInput } from "../../shared/appointments/schemas";

const a = tenant.appointments;
export type Appointment = typeof a.$inferSelect;

/** small grace so "now" in the booking form is not already in the past when it arrives */
const PAST_GRACE_MS = 5 * 60_000;

async function workingHours(db: Db, ctx: HospitalCtx, doctorId: string) {
  const [s] = await db.select().from(tenant.doctorSchedules).where(eq(tenant.doctorSchedules.doctorId, doctorId));
  return (
    s ?? {
      workdayStart: ctx.hospital.settings.workdayStart,
      workdayEnd: ctx.hospital.settings.workdayEnd,
      weekdays: [1, 2, 3, 4, 5],
    }
  );
}

/** refuses a time in the past, beyond the booking horizon, or outside the doctor's working hours */
async function checkSlot(db: Db, ctx: HospitalCtx, doctorId: string, startsAt: Date, minutes: number) {
  const tz = ctx.hospital.settings.timezone;
  const now = Date.now();
  if (startsAt.getTime() < now - PAST_GRACE_MS)
    throw new AppError("VALIDATION", { field: "startsAt", fieldCode: "APPOINTMENT_IN_PAST" });
  const horizon = ctx.hospital.settings.bookingHorizonDays;
  if (startsAt.getTime() > now + horizon * 86_400_000)
    throw new AppError("VALIDATION", {
      field: "startsAt",
      fieldCode: "BEYOND_BOOKING_HORIZON",
      params: { days: horizon },
    });
  const hours = await workingHours(db, ctx, doctorId);
  const start = localParts(startsAt, tz);
  const end = localParts(new Date(startsAt.getTime() + minutes * 60_000), tz);
  const inside =
    hours.weekdays.includes(start.isoWeekday) &&
    start.date === end.date &&
    start.minuteOfDay >= minutesOf(hours.workdayStart) &&
    end.minuteOfDay <= minutesOf(hours.workdayEnd);
  if (!inside)
    throw new AppError("VALIDATION", {
      field: "startsAt",
      fieldCode: "OUTSIDE_WORKING_HOURS",
      params: { from: hours.workdayStart, until: hours.workdayEnd, timezone: tz },
    });
}

/** the first active appointment of the doctor overlapping [start, end), if any */
async function clash(db: Db, doctorId: string, start: Date, end: Date, ignoreId?: string) {
  const [hit] = await db
    .select({ id: a.id, number: a.number, startsAt: a.startsAt, endsAt: a.endsAt })
    .from(a)
    .where(
      and(
        eq(a.doctorId, doctorId),
        inArray(a.status, [...ACTIVE_STATUSES]),
        lt(a.startsAt, end),
        gt(a.endsAt, start),
        ignoreId ? ne(a.id, ignoreId) : undefined,
      ),
    )
    .limit(1);
  return hit;
}

async function lockDoctor(db: Db, doctorId: string) {
  await db
    .insert(tenant.doctorBookingLocks)
    .values({ doctorId, version: 1 })
    .onConflictDoUpdate({
      target: tenant.doctorBookingLocks.doctorId,
      set: { version: sql`${tenant.doctorBookingLocks.version} + 1` },
    });
}

/** "HH:MM" of a minute of the day */
const clock = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;

function clashError(ctx: HospitalCtx, doctorName: string, hit: { number: string; startsAt: Date; endsAt: Date }) {
  const tz = ctx.hospital.settings.timezone;
  const start = localParts(hit.startsAt, tz);
  return new AppError("DOCTOR_BUSY", {
    field: "startsAt",
    params: {
      doctor: doctorName,
      number: hit.number,
      from: `${start.date} ${clock(start.minuteOfDay)}`,
      until: clock(localParts(hit.endsAt, tz).minuteOfDay),
    },
  });
}

async function nextNumber(db: Db, ctx: HospitalCtx, startsAt: Date): Promise<string> {
  const day = localParts(startsAt, ctx.hospital.settings.timezone).date.replace(/-/g, "");
  const n = await bumpCounter(db, `appointment:${day}`);
  return `${ctx.hospital.code}-APT-${day}-${String(n).padStart(4, "0")}`;
}

export async function writeHistory(
  db: Db,
  ctx: HospitalCtx,
  appointmentId: string,
  from: string | null,
  to: string,
  reason: string,
  detail?: Record<string, unknown>,
) {
  await db.insert(tenant.appointmentHistory).values({
    id: newId(),
    appointmentId,
    fromStatus: from,
    toStatus: to,
    at: new Date(),
    byUserId: ctx.actor.userId,
    byName: ctx.actor.name,
    reason,
    detail: detail ?? null,
  });
}

export async function bookAppointment(ctx: HospitalCtx, input: CreateAppointmentInput): Promise<Appointment> {
  assertPermitted(ctx, "appointment.book");
  const minutes = input.durationMinutes ?? ctx.hospital.settings.appointmentMinutes;
  const doctor = await findDoctor(ctx, input.doctorId);
  await getPatient(ctx, input.patientId);
  await checkSlot(ctx.db, ctx, doctor.id, input.startsAt, minutes);
  const endsAt = new Date(input.startsAt.getTime() + minutes * 60_000);
  return ctx.db.transaction(async (tx) => {
    await lockDoctor(tx, doctor.id);
    const hit = await clash(tx, doctor.id, input.startsAt, endsAt);
    if (hit) throw clashError(ctx, doctor.name, hit);
    const now = new Date();
    const [row] = await tx
      .insert(a)
      .values({
        id: newId(),
        number: await nextNumber(tx, ctx, input.startsAt),
        patientId: input.patientId,
        doctorId: doctor.id,
        startsAt: input.startsAt,
        endsAt,
        durationMinutes: minutes,
        type: input.type,
        priority: input.priority,
        reason: input.reason,
        status: "SCHEDULED",
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await writeHistory(tx, ctx, row!.id, null, "SCHEDULED", input.reason || "booked");
    await recordPhiAccess(tx, ctx.actor, {
      action: "appointment.create",
      entityType: "appointment",
      entityId: row!.id,
      patientId: input.patientId,
    });
    return row!;
  });
}

/** moves an appointment to a new time: the old one becomes RESCHEDULED, a new one is booked in its place */
export async function rescheduleAppointment(
  ctx: HospitalCtx,
  id: string,
  startsAt: Date,
  durationMinutes: number | undefined,
  reason: string,
): Promise<Appointment> {
  const [old] = await ctx.db.select().from(a).where(eq(a.id, id));
  if (!old) throw new AppError("APPOINTMENT_NOT_FOUND");
  if (old.status !== "SCHEDULED" && old.status !== "CONFIRMED")
    throw new AppError("APPOINTMENT_NOT_RESCHEDULABLE", { params: { status: old.status } });
  const minutes = durationMinutes ?? old.durationMinutes;
  const doctor = await findDoctor(ctx, old.doctorId);
  await checkSlot(ctx.db, ctx, doctor.id, startsAt, minutes);
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  return ctx.db.transaction(async (tx) => {
    await lockDoctor(tx, doctor.id);
    const [current] = await tx.select({ status: a.status }).from(a).where(eq(a.id, id));
    if (current?.status !== old.status) throw new AppError("STALE");
    const hit = await clash(tx, doctor.id, startsAt, endsAt, id);
    if (hit) throw clashError(ctx, doctor.name, hit);
    const now = new Date();
    const newId_ = newId();
    const [row] = await tx
      .insert(a)
      .values({
        ...old,
        id: newId_,
        number: await nextNumber(tx, ctx, startsAt),
        startsAt,
        endsAt,
        durationMinutes: minutes,
        status: "SCHEDULED",
        rescheduledFromId: old.id,
        rescheduledToId: null,
        createdBy: ctx.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.update(a).set({ status: "RESCHEDULED", rescheduledToId: newId_, updatedAt: now }).where(eq(a.id, id));
    await writeHistory(tx, ctx, id, old.status, "RESCHEDULED", reason, {
      from: old.startsAt.toISOString(),
      to: startsAt.toISOString(),
      newAppointment: row!.number,
    });
    await writeHistory(tx, ctx, newId_, null, "SCHEDULED", reason || "rescheduled", { rescheduledFrom: old.number });
    await recordPhiAccess(tx, ctx.actor, {
      action: "appointment.reschedule",
      entityType: "appointment",
      entityId: id,
      patientId: old.patientId,
    });
    return row!;
  });
}
