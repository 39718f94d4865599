// user.*: a hospital ADMIN manages the staff of their own hospital: server/users/staff.ts, scoped to the session's.
import { z } from "zod";
import { mainProcedure, permitted, router } from "../trpc";
import { uuid } from "../../shared/zod";
import { passwordSchema } from "../../shared/users/schemas";
import { newStaffSchema, staffFilterSchema, staffPatchSchema } from "../../shared/users/staff-schemas";
import * as staff from "./staff";
import { requestStaffAccount } from "./register";
import { staffRegistrationSchema } from "../../shared/users/registration-schema";

const admin = permitted("staff.manage");
const byId = z.object({ id: uuid });
/** always the admin's own hospital, from the session */
const own = (ctx: { hospital: { id: string } }): staff.HospitalScope => ({ hospitalId: ctx.hospital.id });

export const userRouter = router({
  list: admin
    .input(staffFilterSchema.default({ status: "all" }))
    .query(({ ctx, input }) => staff.listStaff(ctx.platform, own(ctx), input)),
  get: admin.input(byId).query(({ ctx, input }) => staff.getStaff(ctx.platform, own(ctx), input.id)),
  create: admin.input(newStaffSchema).mutation(({ ctx, input }) => staff.createStaff(ctx.platform, own(ctx), input)),
  update: admin
    .input(staffPatchSchema.extend({ id: uuid }))
    .mutation(({ ctx, input: { id, ...patch } }) => staff.updateStaff(ctx.platform, own(ctx), id, patch)),
  setActive: admin
    .input(byId.extend({ active: z.boolean() }))
    .mutation(({ ctx, input }) => staff.setStaffActive(ctx.platform, own(ctx), input.id, input.active)),
  unlock: admin.input(byId).mutation(({ ctx, input }) => staff.unlockStaff(ctx.platform, own(ctx), input.id)),
  revokeSessions: admin
    .input(byId)
    .mutation(({ ctx, input }) => staff.revokeStaffSessions(ctx.platform, own(ctx), input.id)),
  resetPassword: admin
    .input(byId.extend({ password: passwordSchema }))
    .mutation(({ ctx, input }) => staff.resetStaffPassword(ctx.platform, own(ctx), input.id, input.password)),
  resetMfa: admin.input(byId).mutation(({ ctx, input }) => staff.resetStaffMfa(ctx.platform, own(ctx), input.id)),
  /** public: a new staff member asks for an account on their hospital's host (when self-registration is on) */
  register: mainProcedure.input(staffRegistrationSchema).mutation(({ ctx, input }) => requestStaffAccount(ctx, input)),
  decide: admin
    .input(byId.extend({ approve: z.boolean() }))
    .mutation(({ ctx, input }) => staff.decideApproval(ctx.platform, own(ctx), input.id, input.approve)),
});
