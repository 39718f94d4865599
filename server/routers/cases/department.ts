import { ADMIN_ONLY, ALL, hospital, type Cases } from "./common";

export const departmentCases = {
  "department.list": hospital(ALL, () => ({ includeInactive: true })),
  "department.create": hospital(ADMIN_ONLY, () => ({ code: `D${Date.now() % 100000}`, name: "Case Department" })),
  "department.update": hospital(ADMIN_ONLY, (ids) => ({ id: ids.departmentId, name: "Cardiology" }), true),
  "department.setActive": hospital(ADMIN_ONLY, (ids) => ({ id: ids.departmentId, active: true }), true),
} satisfies Cases;
