// Who may do what in a hospital: ONE table, in hospital words, read by the server procedures (server/trpc.ts
// `permitted`), the page guards, the navigation, the buttons, the access-matrix test and the read-only "Roles and
// permissions" page in settings. The module switches and the plan's features are consulted in the same place
// (`permits`), so "may this user do this here, now?" has exactly one answer. No role list may appear anywhere else
// (shared/permissions.unit.test.ts fails if one does). Pure data: safe in client components.
import type { HospitalRole, Plan } from "./enums";
import { planHasFeature, type PlanFeature } from "./hospitals/plans";
import { MODULE_KEYS, type ModuleKey } from "./hospitals/settings-schema";

/** every area of a hospital's app; the module keys can be switched off per hospital (settings.modules) */
export const AREAS = ["dashboard", "patients", ...MODULE_KEYS, "staff", "settings", "audit"] as const;
export type Area = (typeof AREAS)[number];

const ADMIN = "ADMIN";
const DOCTOR = "DOCTOR";
const NURSE = "NURSE";
const RECEPTIONIST = "RECEPTIONIST";
const PHARMACIST = "PHARMACIST";
const LAB_TECHNICIAN = "LAB_TECHNICIAN";
const RADIOLOGIST = "RADIOLOGIST";
const ACCOUNTANT = "ACCOUNTANT";
const EVERYONE = [ADMIN, DOCTOR, NURSE, RECEPTIONIST, PHARMACIST, LAB_TECHNICIAN, RADIOLOGIST, ACCOUNTANT] as const;

/** who may ask for an account on a hospital's registration page: every role but ADMIN (admins make admins) */
export const SELF_REGISTRATION_ROLES = [
  DOCTOR,
  NURSE,
  RECEPTIONIST,
  PHARMACIST,
  LAB_TECHNICIAN,
  RADIOLOGIST,
  ACCOUNTANT,
] as const;

type Rule = {
  /** the area it belongs to: a switched-off module switches its permissions off */
  area: Area;
  roles: readonly HospitalRole[];
  /** a plan feature it needs beyond its module (e.g. custom reporting) */
  feature?: PlanFeature;
};

export const PERMISSIONS = {
  "dashboard.view": { area: "dashboard", roles: EVERYONE },

  "patient.read": { area: "patients", roles: EVERYONE },
  "patient.register": { area: "patients", roles: [ADMIN, RECEPTIONIST] },
  "patient.update": { area: "patients", roles: [ADMIN, RECEPTIONIST, DOCTOR, NURSE] },
  /** "who opened this chart" */
  "patient.accessLog.read": { area: "patients", roles: [ADMIN, DOCTOR] },

  "appointment.read": { area: "appointments", roles: [ADMIN, DOCTOR, NURSE, RECEPTIONIST] },
  /** book, reschedule, cancel */
  "appointment.book": { area: "appointments", roles: [ADMIN, RECEPTIONIST, DOCTOR] },
  "appointment.confirm": { area: "appointments", roles: [ADMIN, RECEPTIONIST, NURSE] },
  "appointment.checkIn": { area: "appointments", roles: [ADMIN, RECEPTIONIST, NURSE] },
  /** the patient is with the doctor (starting an encounter does this too) */
  "appointment.begin": { area: "appointments", roles: [ADMIN, DOCTOR, NURSE] },
  "appointment.complete": { area: "appointments", roles: [ADMIN, DOCTOR] },
  "appointment.markNoShow": { area: "appointments", roles: [ADMIN, RECEPTIONIST] },
  "appointment.schedule.manage": { area: "appointments", roles: [ADMIN] },

  "encounter.read": { area: "emr", roles: [ADMIN, DOCTOR, NURSE] },
  "encounter.start": { area: "emr", roles: [DOCTOR, NURSE] },
  "vitals.record": { area: "emr", roles: [DOCTOR, NURSE] },
  "encounter.note.write": { area: "emr", roles: [DOCTOR] },
  "diagnosis.write": { area: "emr", roles: [DOCTOR] },
  "prescription.write": { area: "emr", roles: [DOCTOR] },
  "encounter.sign": { area: "emr", roles: [DOCTOR] },
  "encounter.addendum": { area: "emr", roles: [DOCTOR, NURSE] },

  "lab.order": { area: "laboratory", roles: [DOCTOR] },
  "lab.sample.collect": { area: "laboratory", roles: [LAB_TECHNICIAN, NURSE] },
  "lab.result.enter": { area: "laboratory", roles: [LAB_TECHNICIAN] },
  "lab.result.verify": { area: "laboratory", roles: [LAB_TECHNICIAN] },
  "lab.catalogue.manage": { area: "laboratory", roles: [ADMIN, LAB_TECHNICIAN] },

  "radiology.order": { area: "radiology", roles: [DOCTOR] },
  "radiology.report": { area: "radiology", roles: [RADIOLOGIST] },
  "radiology.catalogue.manage": { area: "radiology", roles: [ADMIN, RADIOLOGIST] },

  "pharmacy.read": { area: "pharmacy", roles: [ADMIN, DOCTOR, PHARMACIST] },
  "pharmacy.dispense": { area: "pharmacy", roles: [PHARMACIST] },
  "stock.manage": { area: "pharmacy", roles: [PHARMACIST] },
  "formulary.manage": { area: "pharmacy", roles: [ADMIN, PHARMACIST] },

  "billing.invoice": { area: "billing", roles: [ADMIN, ACCOUNTANT] },
  "billing.payment": { area: "billing", roles: [ACCOUNTANT, RECEPTIONIST] },

  "bed.admit": { area: "inpatient", roles: [DOCTOR, NURSE, RECEPTIONIST] },
  "ward.manage": { area: "inpatient", roles: [ADMIN] },

  "report.read": { area: "reports", roles: [ADMIN, DOCTOR, ACCOUNTANT] },
  "report.custom": { area: "reports", roles: [ADMIN], feature: "customReports" },

  "staff.manage": { area: "staff", roles: [ADMIN] },
  "settings.manage": { area: "settings", roles: [ADMIN] },
  "audit.read": { area: "audit", roles: [ADMIN] },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

const rule = (permission: Permission): Rule => PERMISSIONS[permission];

/** does this role hold this permission (the static table only: no module switch, no plan)? */
export function can(role: string, permission: Permission): boolean {
  return (rule(permission).roles as readonly string[]).includes(role);
}

/** the roles that hold a permission, in the order of HOSPITAL_ROLES */
export function rolesWith(permission: Permission): HospitalRole[] {
  return EVERYONE.filter((r) => can(r, permission));
}

export function areaOf(permission: Permission): Area {
  return rule(permission).area;
}

export function isModuleKey(area: Area): area is ModuleKey {
  return (MODULE_KEYS as readonly string[]).includes(area);
}

/** where the permission is asked: the hospital's module switches and plan */
export type Place = { modules: Partial<Record<ModuleKey, boolean>>; plan: Plan | string };

/** why a permission is refused here and now, or null when it is granted */
export type Refusal = "FORBIDDEN" | "MODULE_DISABLED" | "PLAN_FEATURE";

/** the one answer to "may this role do this here, now?": role, then module switch, then the plan */
export function refusal(role: string, permission: Permission, place: Place): Refusal | null {
  const r = rule(permission);
  if (!can(role, permission)) return "FORBIDDEN";
  if (isModuleKey(r.area)) {
    if (place.modules[r.area] === false) return "MODULE_DISABLED";
    if (!planHasFeature(place.plan, r.area)) return "PLAN_FEATURE";
  }
  if (r.feature && !planHasFeature(place.plan, r.feature)) return "PLAN_FEATURE";
  return null;
}

export function permits(role: string, permission: Permission, place: Place): boolean {
  return refusal(role, permission, place) === null;
}

/** an area is open to a role when the role holds any of its permissions here */
export function canUseArea(role: string, area: Area, place: Place): boolean {
  return PERMISSION_NAMES.some((p) => areaOf(p) === area && permits(role, p, place));
}

export function visibleAreas(role: string, place: Place): Area[] {
  return AREAS.filter((a) => canUseArea(role, a, place));
}

/** the permissions of an area, for the "Roles and permissions" page */
export function permissionsByArea(): { area: Area; permissions: Permission[] }[] {
  return AREAS.map((area) => ({ area, permissions: PERMISSION_NAMES.filter((p) => areaOf(p) === area) })).filter(
    (g) => g.permissions.length > 0,
  );
}
