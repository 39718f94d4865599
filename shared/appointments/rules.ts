// The appointment status machine and who may move an appointment along it. Pure data: used by the server, the
// buttons of the UI, and the tests (which walk every pair of statuses).
import type { AppointmentStatus } from "../enums";
import type { Permission } from "../permissions";

export const TRANSITIONS: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  SCHEDULED: ["CONFIRMED", "CANCELLED", "NO_SHOW", "RESCHEDULED"],
  CONFIRMED: ["CHECKED_IN", "CANCELLED", "NO_SHOW", "RESCHEDULED"],
  CHECKED_IN: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
  RESCHEDULED: [],
};

/** appointments in these states hold the doctor's time */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = ["SCHEDULED", "CONFIRMED", "CHECKED_IN", "IN_PROGRESS"];

/** the permission that moves an appointment into a status (shared/permissions.ts says who holds it) */
export const STATUS_PERMISSION: Record<AppointmentStatus, Permission> = {
  SCHEDULED: "appointment.book",
  CONFIRMED: "appointment.confirm",
  CHECKED_IN: "appointment.checkIn",
  IN_PROGRESS: "appointment.begin",
  COMPLETED: "appointment.complete",
  CANCELLED: "appointment.book",
  NO_SHOW: "appointment.markNoShow",
  RESCHEDULED: "appointment.book",
};

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
