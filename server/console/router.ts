// The super admin console (admin host): hospitals, users across hospitals, system health, the data browser.
// Thin procedures: validate with zod, call a plain function with the PlatformCtx of the acting super admin
// (ctx.platform). Users across hospitals are the staff operations of server/users/staff.ts, scope ANY_HOSPITAL.
import { router, superAdminProcedure } from "../trpc";
import {
  ANY_HOSPITAL,
  createHospitalAdmin,
  listPlatformUsers,
  issueResetCode,
  setStaffActive,
  unlockStaff,
} from "../users/staff";
import { breakGlassPatient, breakGlassPatients, endBreakGlass, listMyBreakGlass, startBreakGlass } from "./break-glass";
import { browseAuditLog, browseDepartments, browseHospitals, browseUsers } from "./browse";
import { setHospitalPlan, setHospitalStatus, setHospitalSubscription, updateHospitalDetails } from "./hospital-changes";
import { getHospital, listHospitals } from "./hospitals";
import { migrateHospitals, systemHealth } from "./health";
import { createHospitalFromConsole, provisioningProgress } from "./provisioning";
import * as s from "../../shared/console/schemas";
import { platformStats } from "./stats";

const sa = superAdminProcedure;

export const hospitalRouter = router({
  list: sa.input(s.hospitalListSchema).query(({ ctx, input }) => listHospitals(ctx.platform, input)),
  get: sa.input(s.byCodeSchema).query(({ ctx, input }) => getHospital(ctx.platform, input.code)),
  stats: sa.query(({ ctx }) => platformStats(ctx.platform)),
  create: sa
    .input(s.consoleNewHospitalSchema)
    .mutation(({ ctx, input }) => createHospitalFromConsole(ctx.platform, input)),
  /** the steps of a creation still running (the console polls this while its create request is open) */
  provisioning: sa.input(s.byCodeSchema).query(({ ctx, input }) => provisioningProgress(ctx.platform, input.code)),
  update: sa
    .input(s.updateHospitalSchema)
    .mutation(({ ctx, input: { code, ...details } }) => updateHospitalDetails(ctx.platform, code, details)),
  setPlan: sa
    .input(s.setPlanSchema)
    .mutation(({ ctx, input }) => setHospitalPlan(ctx.platform, input.code, input.plan)),
  setStatus: sa
    .input(s.setStatusSchema)
    .mutation(({ ctx, input }) => setHospitalStatus(ctx.platform, input.code, input.status)),
  setSubscription: sa
    .input(s.setSubscriptionSchema)
    .mutation(({ ctx, input: { code, ...dates } }) => setHospitalSubscription(ctx.platform, code, dates)),
});

export const platformUserRouter = router({
  list: sa
    .input(s.platformUserListSchema)
    .query(({ ctx, input }) => listPlatformUsers(ctx.platform, ANY_HOSPITAL, input)),
  createHospitalAdmin: sa
    .input(s.newHospitalAdminSchema)
    .mutation(({ ctx, input }) => createHospitalAdmin(ctx.platform, ANY_HOSPITAL, input)),
  resetPassword: sa
    .input(s.resetPasswordSchema)
    .mutation(({ ctx, input }) => issueResetCode(ctx.platform, ANY_HOSPITAL, input.id)),
  setActive: sa
    .input(s.setActiveSchema)
    .mutation(({ ctx, input }) => setStaffActive(ctx.platform, ANY_HOSPITAL, input.id, input.active)),
  unlock: sa.input(s.byUserSchema).mutation(({ ctx, input }) => unlockStaff(ctx.platform, ANY_HOSPITAL, input.id)),
});

export const systemRouter = router({
  health: sa.query(({ ctx }) => systemHealth(ctx.platform)),
  migrate: sa.input(s.migrateSchema).mutation(({ ctx, input }) => migrateHospitals(ctx.platform, input.code)),
});

export const browseRouter = router({
  hospitals: sa.input(s.browseHospitalsSchema).query(({ ctx, input }) => browseHospitals(ctx.platform, input)),
  users: sa.input(s.browseUsersSchema).query(({ ctx, input }) => browseUsers(ctx.platform, input)),
  departments: sa.input(s.browseDepartmentsSchema).query(({ ctx, input }) => browseDepartments(ctx.platform, input)),
  auditLog: sa.input(s.browseAuditSchema).query(({ ctx, input }) => browseAuditLog(ctx.platform, input)),
});

/** a super admin's time-limited, reasoned, logged read access to one hospital's clinical data */
export const breakGlassRouter = router({
  start: sa
    .input(s.breakGlassRequestSchema)
    .mutation(({ ctx, input }) => startBreakGlass(ctx.platform, input.code, input.reason)),
  end: sa.input(s.byCodeSchema).mutation(({ ctx, input }) => endBreakGlass(ctx.platform, input.code)),
  mine: sa.query(({ ctx }) => listMyBreakGlass(ctx.platform)),
  patients: sa
    .input(s.breakGlassPatientsSchema)
    .query(({ ctx, input }) => breakGlassPatients(ctx.platform, input.code, input.search)),
  patient: sa
    .input(s.breakGlassPatientSchema)
    .query(({ ctx, input }) => breakGlassPatient(ctx.platform, input.code, input.id)),
});
