// Which buttons an appointment shows: the next statuses the machine allows (shared/appointments/rules.ts) that the
// user's role may set (shared/permissions.ts). The step forward is the main button; the others go in a menu.
import type { AppointmentStatus, HospitalRole } from "@/shared/enums";
import { STATUS_PERMISSION, TRANSITIONS } from "@/shared/appointments/rules";
import { can } from "@/shared/permissions";

/** every status an appointment can be moved into (SCHEDULED is only ever the start) */
export type ActionStatus = Exclude<AppointmentStatus, "SCHEDULED">;

const FORWARD: readonly ActionStatus[] = ["CONFIRMED", "CHECKED_IN", "IN_PROGRESS", "COMPLETED"];

export function nextActions(
  status: AppointmentStatus,
  role: HospitalRole,
): { primary: ActionStatus | null; others: ActionStatus[] } {
  const allowed = TRANSITIONS[status].filter(
    (to): to is ActionStatus => to !== "SCHEDULED" && can(role, STATUS_PERMISSION[to]),
  );
  const primary = allowed.find((to) => FORWARD.includes(to)) ?? null;
  return { primary, others: allowed.filter((to) => to !== primary) };
}
