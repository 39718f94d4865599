// Appointment inputs: one zod schema each for the API, the booking form and the tests. Pure: safe in client code.
import { z } from "zod";
import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES, PRIORITIES } from "../enums";
import { isoDate, text, uuid, withCode } from "../zod";

const isoInstant = z.iso.datetime({ offset: true });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().refine((s) => TIME.test(s), withCode("INVALID_TIME"));

/** an instant: ISO 8601 with a time zone offset (API clients) or a Date (our client, via superjson) */
export const instant = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const d = v instanceof Date ? v : isoInstant.safeParse(v).success ? new Date(v) : null;
  if (!d || Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: "custom", ...withCode("INVALID_DATETIME") });
    return z.NEVER;
  }
  return d;
});

export const createAppointmentSchema = z.object({
  patientId: uuid,
  doctorId: uuid,
  startsAt: instant,
  durationMinutes: z.number().int().min(5).max(240).optional(),
  type: z.enum(APPOINTMENT_TYPES).default("CONSULTATION"),
  priority: z.enum(PRIORITIES).default("NORMAL"),
  reason: text(500).default(""),
});
export type CreateAppointmentInput = z.output<typeof createAppointmentSchema>;

export const listAppointmentsSchema = z
  .object({
    /** local calendar days (hospital time zone), inclusive */
    from: isoDate.optional(),
    to: isoDate.optional(),
    doctorId: uuid.optional(),
    patientId: uuid.optional(),
    status: z.array(z.enum(APPOINTMENT_STATUSES)).max(8).optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { ...withCode("DATE_RANGE_REVERSED"), path: ["to"] })
  .refine((v) => !v.from || !v.to || (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 <= 62, {
    ...withCode("DATE_RANGE_TOO_LONG", { days: 62 }),
    path: ["to"],
  });
export type ListAppointmentsInput = z.output<typeof listAppointmentsSchema>;

export const updateStatusSchema = z.object({
  id: uuid,
  status: z.enum(APPOINTMENT_STATUSES),
  reason: text(500).default(""),
});

export const rescheduleSchema = z.object({
  id: uuid,
  startsAt: instant,
  durationMinutes: z.number().int().min(5).max(240).optional(),
  reason: text(500).default(""),
});

export const cancelSchema = z.object({
  id: uuid,
  reason: text(500).refine((s) => s !== "", withCode("CANCELLATION_REASON_REQUIRED")),
});

export const scheduleSchema = z
  .object({
    doctorId: uuid,
    workdayStart: hhmm,
    workdayEnd: hhmm,
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  })
  .refine((s) => s.workdayStart < s.workdayEnd, { ...withCode("WORKDAY_END_BEFORE_START"), path: ["workdayEnd"] });
