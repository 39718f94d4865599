// Who may use what: one table from role to modules. The navigation, the pages and the server procedures all read
// it. Pure data: safe in client components.
import type { HospitalRole } from "../../shared/enums";
import { MODULE_KEYS, type ModuleKey } from "../../shared/hospitals/settings-schema";

/** every area of a hospital's app; the first eight can be switched off per hospital (settings.modules) */
export const AREAS = ["dashboard", "patients", ...MODULE_KEYS, "staff", "settings", "audit"] as const;
export type Area = (typeof AREAS)[number];

export const ROLE_AREAS: Record<HospitalRole, readonly Area[]> = {
  ADMIN: AREAS,
  DOCTOR: [
    "dashboard",
    "patients",
    "appointments",
    "emr",
    "laboratory",
    "pharmacy",
    "radiology",
    "inpatient",
    "reports",
  ],
  NURSE: ["dashboard", "patients", "appointments", "emr", "laboratory", "inpatient"],
  RECEPTIONIST: ["dashboard", "patients", "appointments", "billing"],
  PHARMACIST: ["dashboard", "patients", "pharmacy"],
  LAB_TECHNICIAN: ["dashboard", "patients", "laboratory"],
  RADIOLOGIST: ["dashboard", "patients", "radiology"],
  ACCOUNTANT: ["dashboard", "patients", "billing", "reports"],
};

export function isModuleKey(area: Area): area is ModuleKey {
  return (MODULE_KEYS as readonly string[]).includes(area);
}

/** may this role use this area in a hospital with these modules switched on? */
export function canUseArea(role: HospitalRole, area: Area, modules: Record<ModuleKey, boolean>): boolean {
  if (!ROLE_AREAS[role].includes(area)) return false;
  return isModuleKey(area) ? modules[area] !== false : true;
}

export function visibleAreas(role: HospitalRole, modules: Record<ModuleKey, boolean>): Area[] {
  return AREAS.filter((a) => canUseArea(role, a, modules));
}
