// user.*: a hospital ADMIN manages the staff of their own hospital.
import { z } from "zod";
import { permitted, publicProcedure, router, type Actor } from "../trpc";
import { uuid } from "../../shared/zod";
import { passwordSchema } from "../../shared/users/schemas";
import { newStaffSchema, staffFilterSchema, staffPatchSchema } from "../../shared/users/staff-schemas";
import * as staff from "./staff";
import { requestStaffAccount } from "./register";
import { staffRegistrationSchema } from "../../shared/users/registration-schema";
import type { SessionHospital } from "../auth/sessions";

const admin = permitted("staff.manage");
const byId = z.object({ id: uuid });
const ctxOf = (c: { hospital: SessionHospital; actor: Actor }): staff.StaffCtx => ({
  hospital: c.hospital,
  actor: c.actor,
});

export const userRouter = router({
  list: admin
    .input(staffFilterSchema.default({ status: "all" }))
    .query(({ ctx, input }) => staff.listStaff(ctxOf(ctx), input)),
  get: admin.input(byId).query(({ ctx, input }) => staff.getStaff(ctxOf(ctx), input.id)),
  create: admin.input(newStaffSchema).mutation(({ ctx, input }) => staff.createStaff(ctxOf(ctx), input)),
  update: admin
    .input(staffPatchSchema.extend({ id: uuid }))
    .mutation(({ ctx, input: { id, ...patch } }) => staff.updateStaff(ctxOf(ctx), id, patch)),
  setActive: admin
    .input(byId.extend({ active: z.boolean() }))
    .mutation(({ ctx, input }) => staff.setStaffActive(ctxOf(ctx), input.id, input.active)),
  unlock: admin.input(byId).mutation(({ ctx, input }) => staff.unlockStaff(ctxOf(ctx), input.id)),
  revokeSessions: admin.input(byId).mutation(({ ctx, input }) => staff.revokeStaffSessions(ctxOf(ctx), input.id)),
  resetPassword: admin
    .input(byId.extend({ password: passwordSchema }))
    .mutation(({ ctx, input }) => staff.resetStaffPassword(ctxOf(ctx), input.id, input.password)),
  resetMfa: admin.input(byId).mutation(({ ctx, input }) => staff.resetStaffMfa(ctxOf(ctx), input.id)),
  /** public: a new staff member asks for an account on their hospital's host (when self-registration is on) */
  register: publicProcedure
    .input(staffRegistrationSchema)
    .mutation(({ ctx, input }) => requestStaffAccount(ctx, input)),
  decide: admin
    .input(byId.extend({ approve: z.boolean() }))
    .mutation(({ ctx, input }) => staff.decideApproval(ctxOf(ctx), input.id, input.approve)),
});
