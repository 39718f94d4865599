// The access table of every procedure, gathered from ./cases (see ./cases/common.ts).
import { accountCases } from "./cases/account";
import { consoleCases } from "./cases/console";
import { departmentCases } from "./cases/department";
import { patientCases } from "./cases/patient";
import { settingsCases } from "./cases/settings";
import { userCases } from "./cases/user";
import { clinicalCases } from "./cases/clinical";

export type { Ids } from "./cases/common";
export const CASES = {
  ...accountCases,
  ...patientCases,
  ...userCases,
  ...consoleCases,
  ...settingsCases,
  ...departmentCases,
  ...clinicalCases,
};
