import { everyHospitalRole, hospital, type Cases } from "./common";

export const departmentCases = {
  "department.list": everyHospitalRole(() => ({ includeInactive: true })),
  "department.create": hospital(() => ({ code: `D${Date.now() % 100000}`, name: "Case Department" })),
  "department.update": hospital((ids) => ({ id: ids.departmentId, name: "Cardiology" }), true),
  "department.setActive": hospital((ids) => ({ id: ids.departmentId, active: true }), true),
} satisfies Cases;
