// The super admin console (admin host): hospitals, users across hospitals, system health, the data browser.
// Thin procedures: validate with zod, call a plain function of this folder with the acting super admin.
import { newHospitalSchema } from "../../shared/hospitals/schemas";
import { router, superAdminProcedure, type Context } from "../trpc";
import { browseAuditLog, browseDepartments, browseHospitals, browseUsers } from "./browse";
import type { ConsoleActor } from "./context";
import { setHospitalPlan, setHospitalStatus, setHospitalSubscription, updateHospitalDetails } from "./hospital-changes";
import { getHospital, listHospitals } from "./hospitals";
import { migrateHospitals, systemHealth } from "./health";
import { createHospitalFromConsole, provisioningProgress } from "./provisioning";
import * as s from "../../shared/console/schemas";
import { platformStats } from "./stats";
import {
  createHospitalAdmin,
  listPlatformUsers,
  resetPlatformUserPassword,
  setPlatformUserActive,
  unlockPlatformUser,
} from "./users";

const sa = superAdminProcedure;

function actorOf(ctx: Context & { superAdmin: { id: string; username: string } }): ConsoleActor {
  return {
    id: ctx.superAdmin.id,
    username: ctx.superAdmin.username,
    ip: ctx.ip,
    host: ctx.host.kind === "invalid" ? "" : ctx.host.host,
  };
}

export const hospitalRouter = router({
  list: sa.input(s.hospitalListSchema).query(({ ctx, input }) => listHospitals(actorOf(ctx), input)),
  get: sa.input(s.byCodeSchema).query(({ ctx, input }) => getHospital(actorOf(ctx), input.code)),
  stats: sa.query(() => platformStats()),
  create: sa.input(newHospitalSchema).mutation(({ ctx, input }) => createHospitalFromConsole(actorOf(ctx), input)),
  /** the steps of a creation still running (the console polls this while its create request is open) */
  provisioning: sa.input(s.byCodeSchema).query(({ input }) => provisioningProgress(input.code)),
  update: sa
    .input(s.updateHospitalSchema)
    .mutation(({ ctx, input: { code, ...details } }) => updateHospitalDetails(actorOf(ctx), code, details)),
  setPlan: sa
    .input(s.setPlanSchema)
    .mutation(({ ctx, input }) => setHospitalPlan(actorOf(ctx), input.code, input.plan)),
  setStatus: sa
    .input(s.setStatusSchema)
    .mutation(({ ctx, input }) => setHospitalStatus(actorOf(ctx), input.code, input.status)),
  setSubscription: sa
    .input(s.setSubscriptionSchema)
    .mutation(({ ctx, input: { code, ...dates } }) => setHospitalSubscription(actorOf(ctx), code, dates)),
});

export const platformUserRouter = router({
  list: sa.input(s.platformUserListSchema).query(({ ctx, input }) => listPlatformUsers(actorOf(ctx), input)),
  createHospitalAdmin: sa
    .input(s.newHospitalAdminSchema)
    .mutation(({ ctx, input }) => createHospitalAdmin(actorOf(ctx), input)),
  resetPassword: sa
    .input(s.resetPasswordSchema)
    .mutation(({ ctx, input }) => resetPlatformUserPassword(actorOf(ctx), input.id, input.password)),
  setActive: sa
    .input(s.setActiveSchema)
    .mutation(({ ctx, input }) => setPlatformUserActive(actorOf(ctx), input.id, input.active)),
  unlock: sa.input(s.byUserSchema).mutation(({ ctx, input }) => unlockPlatformUser(actorOf(ctx), input.id)),
});

export const systemRouter = router({
  health: sa.query(() => systemHealth()),
  migrate: sa.input(s.migrateSchema).mutation(({ ctx, input }) => migrateHospitals(actorOf(ctx), input.code)),
});

export const browseRouter = router({
  hospitals: sa.input(s.browseHospitalsSchema).query(({ ctx, input }) => browseHospitals(actorOf(ctx), input)),
  users: sa.input(s.browseUsersSchema).query(({ ctx, input }) => browseUsers(actorOf(ctx), input)),
  departments: sa.input(s.browseDepartmentsSchema).query(({ ctx, input }) => browseDepartments(actorOf(ctx), input)),
  auditLog: sa.input(s.browseAuditSchema).query(({ ctx, input }) => browseAuditLog(actorOf(ctx), input)),
});
