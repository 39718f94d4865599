// Value lists shared by the schemas, the server and the UI. Pure data: safe to import anywhere.
export const PLANS = ["TRIAL", "BASIC", "PROFESSIONAL", "ENTERPRISE"] as const;
export type Plan = (typeof PLANS)[number];

/** PROVISIONING: the database is not complete yet; such a hospital never serves. */
export const HOSPITAL_STATUSES = ["PROVISIONING", "ACTIVE", "EXPIRED", "SUSPENDED"] as const;
export type HospitalStatus = (typeof HOSPITAL_STATUSES)[number];

export const HOSPITAL_ROLES = [
  "ADMIN",
  "DOCTOR",
  "NURSE",
  "RECEPTIONIST",
  "PHARMACIST",
  "LAB_TECHNICIAN",
  "RADIOLOGIST",
  "ACCOUNTANT",
] as const;
export type HospitalRole = (typeof HOSPITAL_ROLES)[number];
export const ROLES = ["SUPERADMIN", ...HOSPITAL_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const APPROVAL_STATUSES = ["APPROVED", "PENDING", "REJECTED"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const GENDERS = ["M", "F", "O"] as const;
export type Gender = (typeof GENDERS)[number];

export const APPOINTMENT_STATUSES = [
  "SCHEDULED",
  "CONFIRMED",
  "CHECKED_IN",
  "IN_PROGRESS",
  "COMPLETED",
  "CANCELLED",
  "NO_SHOW",
  "RESCHEDULED",
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const APPOINTMENT_TYPES = [
  "CONSULTATION",
  "FOLLOW_UP",
  "CHECKUP",
  "PROCEDURE",
  "VACCINATION",
  "TELEMEDICINE",
] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ENCOUNTER_KINDS = ["APPOINTMENT", "WALK_IN"] as const;
export const ENCOUNTER_STATUSES = ["OPEN", "SIGNED"] as const;
export type EncounterStatus = (typeof ENCOUNTER_STATUSES)[number];
export const DIAGNOSIS_KINDS = ["PRIMARY", "SECONDARY"] as const;
export const DRUG_ROUTES = [
  "ORAL",
  "IV",
  "IM",
  "SC",
  "TOPICAL",
  "INHALED",
  "SUBLINGUAL",
  "RECTAL",
  "OPHTHALMIC",
  "OTIC",
  "NASAL",
  "OTHER",
] as const;
