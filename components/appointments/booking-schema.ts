// The booking form: local date and time fields (hospital time) that become the server's createAppointmentSchema
// input — the form's output is parsed by that very schema, so what passes here is what the API accepts.
import { z } from "zod";
import { APPOINTMENT_TYPES, PRIORITIES } from "@/shared/enums";
import { createAppointmentSchema } from "@/shared/appointments/schemas";
import { zonedInstant } from "./time";

export type BookingMessages = Record<
  "patient" | "doctor" | "date" | "time" | "past" | "horizon" | "duration" | "reasonLength",
  string
>;

/** where a server error about a field of the API belongs on the form */
export const API_FIELD_TO_FORM: Record<string, string> = {
  startsAt: "time",
  durationMinutes: "durationMinutes",
  reason: "reason",
  patientId: "patientId",
  doctorId: "doctorId",
  type: "type",
  priority: "priority",
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** the server allows a few minutes' grace; the form is stricter by a minute so it never promises what the server refuses */
const PAST_SLACK_MS = 60_000;

/** the local date/time fields, and the checks every time picker shares (not in the past, within the horizon) */
export function whenFields(msg: BookingMessages) {
  return {
    date: z.string().regex(DATE, msg.date),
    time: z.string().regex(TIME, msg.time),
    durationMinutes: z.number(msg.duration).int(msg.duration).min(5, msg.duration).max(240, msg.duration),
    reason: z.string().trim().max(500, msg.reasonLength),
  };
}

export function checkWhen(
  v: { date: string; time: string },
  ctx: z.RefinementCtx,
  msg: BookingMessages,
  timeZone: string,
  horizonDays: number,
) {
  if (!DATE.test(v.date) || !TIME.test(v.time)) return;
  const at = zonedInstant(v.date, v.time, timeZone).getTime();
  if (at < Date.now() - PAST_SLACK_MS) ctx.addIssue({ code: "custom", path: ["time"], message: msg.past });
  else if (at > Date.now() + horizonDays * 86_400_000)
    ctx.addIssue({ code: "custom", path: ["date"], message: msg.horizon });
}

export function bookingFormSchema(msg: BookingMessages, timeZone: string, horizonDays: number) {
  return z
    .object({
      patientId: z.string().min(1, msg.patient),
      doctorId: z.string().min(1, msg.doctor),
      ...whenFields(msg),
      type: z.enum(APPOINTMENT_TYPES),
      priority: z.enum(PRIORITIES),
    })
    .superRefine((v, ctx) => checkWhen(v, ctx, msg, timeZone, horizonDays))
    .transform(({ date, time, ...rest }, ctx) => {
      const api = createAppointmentSchema.safeParse({ ...rest, startsAt: zonedInstant(date, time, timeZone) });
      if (api.success) return api.data;
      for (const issue of api.error.issues)
        ctx.addIssue({
          code: "custom",
          path: [API_FIELD_TO_FORM[String(issue.path[0])] ?? "time"],
          message: issue.message,
        });
      return z.NEVER;
    });
}

export type BookingFormValues = z.input<ReturnType<typeof bookingFormSchema>>;
export type BookingInput = z.output<ReturnType<typeof bookingFormSchema>>;
