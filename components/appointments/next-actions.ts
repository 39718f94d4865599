// Which buttons an appointment shows: the next statuses the machine allows (server/appointments/rules.ts) that the
// user's role may set. The step forward is the main button; the others go in a menu.
import type { AppointmentStatus, HospitalRole } from "@/db/schema/enums";
import { BOOKING_ROLES, STATUS_ROLES, TRANSITIONS } from "@/server/appointments/rules";

/** every status an appointment can be moved into (SCHEDULED is only ever the start) */
export type ActionStatus = Exclude<AppointmentStatus, "SCHEDULED">;

const FORWARD: readonly ActionStatus[] = ["CONFIRMED", "CHECKED_IN", "IN_PROGRESS", "COMPLETED"];

export function nextActions(
  status: AppointmentStatus,
  role: HospitalRole,
): { primary: ActionStatus | null; others: ActionStatus[] } {
  const allowed = TRANSITIONS[status].filter(
    (to): to is ActionStatus =>
      to !== "SCHEDULED" && STATUS_ROLES[to].includes(role) && (to !== "RESCHEDULED" || BOOKING_ROLES.includes(role)),
  );
  const primary = allowed.find((to) => FORWARD.includes(to)) ?? null;
  return { primary, others: allowed.filter((to) => to !== primary) };
}
