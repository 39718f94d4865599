// appointment.*: booking, the status machine, rescheduling, calendars and the reception queue.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenant } from "@/db";
import { queuePhiListRead } from "../audit/phi";
import { permitted, router } from "../trpc";
import { uuid } from "../../shared/zod";
import { listDoctors, findDoctor } from "../users/doctors";
import { bookAppointment, rescheduleAppointment } from "./book";
import { getAppointment, listAppointments, receptionQueue } from "./queries";
import {
  cancelSchema,
  createAppointmentSchema,
  listAppointmentsSchema,
  rescheduleSchema,
  scheduleSchema,
  updateStatusSchema,
} from "../../shared/appointments/schemas";
import { changeAppointmentStatus } from "./status";

const read = permitted("appointment.read");
const book = permitted("appointment.book");

export const appointmentRouter = router({
  create: book.input(createAppointmentSchema).mutation(({ ctx, input }) => bookAppointment(ctx, input)),
  list: read.input(listAppointmentsSchema).query(async ({ ctx, input }) => {
    const res = await listAppointments(ctx, input);
    queuePhiListRead(
      ctx,
      "appointment.list",
      { from: res.from, to: res.to, doctorId: input.doctorId, patientId: input.patientId, status: input.status },
      res.items.map((i) => i.patientId),
    );
    return res;
  }),
  get: read.input(z.object({ id: uuid })).query(({ ctx, input }) => getAppointment(ctx, input.id)),
  queue: read.query(async ({ ctx }) => {
    const res = await receptionQueue(ctx);
    queuePhiListRead(
      ctx,
      "appointment.queue",
      { date: res.from },
      res.items.map((i) => i.patientId),
    );
    return res;
  }),
  /** each target status needs its own permission too (STATUS_PERMISSION), checked by the domain function */
  updateStatus: read
    .input(updateStatusSchema)
    .mutation(({ ctx, input }) => changeAppointmentStatus(ctx, input.id, input.status, input.reason)),
  reschedule: book
    .input(rescheduleSchema)
    .mutation(({ ctx, input }) =>
      rescheduleAppointment(ctx, input.id, input.startsAt, input.durationMinutes, input.reason),
    ),
  cancel: book
    .input(cancelSchema)
    .mutation(({ ctx, input }) => changeAppointmentStatus(ctx, input.id, "CANCELLED", input.reason)),
  doctors: read.query(({ ctx }) => listDoctors(ctx)),
  /** a doctor's working hours (defaults: the hospital's business rules, Monday to Friday) */
  schedule: read.input(z.object({ doctorId: uuid })).query(async ({ ctx, input }) => {
    await findDoctor(ctx, input.doctorId);
    const [s] = await ctx.db
      .select()
      .from(tenant.doctorSchedules)
      .where(eq(tenant.doctorSchedules.doctorId, input.doctorId));
    return (
      s ?? {
        doctorId: input.doctorId,
        workdayStart: ctx.hospital.settings.workdayStart,
        workdayEnd: ctx.hospital.settings.workdayEnd,
        weekdays: [1, 2, 3, 4, 5],
      }
    );
  }),
  setSchedule: permitted("appointment.schedule.manage")
    .input(scheduleSchema)
    .mutation(async ({ ctx, input }) => {
      await findDoctor(ctx, input.doctorId);
      const values = {
        ...input,
        weekdays: [...new Set(input.weekdays)].sort(),
        updatedBy: ctx.actor.userId,
        updatedAt: new Date(),
      };
      await ctx.db
        .insert(tenant.doctorSchedules)
        .values(values)
        .onConflictDoUpdate({ target: tenant.doctorSchedules.doctorId, set: values });
      return values;
    }),
});
