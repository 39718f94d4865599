// The appointment status machine and who may move an appointment along it. Pure data: used by the server, the
// buttons of the UI, and the tests (which walk every pair of statuses).
import type { AppointmentStatus, HospitalRole } from "../../db/schema/enums";

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

/** who may move an appointment into a status */
export const STATUS_ROLES: Record<AppointmentStatus, readonly HospitalRole[]> = {
  SCHEDULED: ["ADMIN", "RECEPTIONIST", "DOCTOR"],
  CONFIRMED: ["ADMIN", "RECEPTIONIST", "NURSE"],
  CHECKED_IN: ["ADMIN", "RECEPTIONIST", "NURSE"],
  IN_PROGRESS: ["ADMIN", "DOCTOR", "NURSE"],
  COMPLETED: ["ADMIN", "DOCTOR"],
  CANCELLED: ["ADMIN", "RECEPTIONIST", "DOCTOR"],
  NO_SHOW: ["ADMIN", "RECEPTIONIST"],
  RESCHEDULED: ["ADMIN", "RECEPTIONIST", "DOCTOR"],
};

export const BOOKING_ROLES: readonly HospitalRole[] = ["ADMIN", "RECEPTIONIST", "DOCTOR"];

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
