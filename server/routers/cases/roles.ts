// Who may call a procedure, read from the procedure itself (the permission its router declares with `permitted`) and
// the one permissions table — the tests never keep a role list of their own.
import { HOSPITAL_ROLES, type HospitalRole } from "@/shared/enums";
import { rolesWith, type Permission } from "@/shared/permissions";
import { appRouter } from "../_app";
import { CASES } from "../access-cases";

type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; meta?: { permission?: Permission } } };
const defOf = (path: string) => (appRouter._def.procedures as unknown as Record<string, ProcedureDef>)[path]!._def;

export const permissionOf = (path: string): Permission | undefined => defOf(path).meta?.permission;
export const procedureType = (path: string) => defOf(path).type;

/** the roles that may call a hospital procedure: those holding its permission (every role if it needs none) */
export function allowedRoles(path: string): readonly HospitalRole[] {
  const c = CASES[path as keyof typeof CASES];
  if (c && "everyRole" in c && c.everyRole) return HOSPITAL_ROLES;
  const permission = permissionOf(path);
  if (!permission) throw new Error(`${path} declares no permission: use permitted("…") in its router`);
  return rolesWith(permission);
}
