// The whole API. Router names are <entity>.<verb> (see the public contract).
import { appointmentRouter } from "../appointments/router";
import { phiLogRouter, platformAccessRouter } from "../audit/phi-router";
import { breakGlassRouter, browseRouter, hospitalRouter, platformUserRouter, systemRouter } from "../console/router";
import { departmentRouter } from "../departments/router";
import { encounterRouter, icdRouter } from "../encounters/router";
import { settingsRouter } from "../hospitals/settings-router";
import { patientRouter } from "../patients/router";
import { userRouter } from "../users/router";
import { router } from "../trpc";
import { accountRouter, mfaRouter, sessionRouter } from "./account";

export const appRouter = router({
  // every signed-in user, on their own host
  account: accountRouter,
  session: sessionRouter,
  mfa: mfaRouter,
  // hospital hosts
  patient: patientRouter,
  appointment: appointmentRouter,
  encounter: encounterRouter,
  icd: icdRouter,
  phiLog: phiLogRouter,
  platformAccess: platformAccessRouter,
  user: userRouter,
  department: departmentRouter,
  settings: settingsRouter,
  // admin host (super admins)
  hospital: hospitalRouter,
  platformUser: platformUserRouter,
  system: systemRouter,
  browse: browseRouter,
  breakGlass: breakGlassRouter,
});

export type AppRouter = typeof appRouter;
