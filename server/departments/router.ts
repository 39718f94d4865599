// department.*: departments of the caller's hospital. Every staff member may list them (pickers); ADMIN manages them.
import { z } from "zod";
import { hospitalProcedure, permitted, router } from "../trpc";
import { uuid } from "../../shared/zod";
import { createDepartment, listDepartments, setDepartmentActive, updateDepartment } from "./departments";
import { departmentListSchema, departmentPatchSchema, newDepartmentSchema } from "../../shared/departments/schemas";

const admin = permitted("staff.manage");

export const departmentRouter = router({
  list: hospitalProcedure
    .input(departmentListSchema.optional())
    .query(({ ctx, input }) => listDepartments(ctx, input ?? { includeInactive: false })),
  create: admin.input(newDepartmentSchema).mutation(({ ctx, input }) => createDepartment(ctx, input)),
  update: admin
    .input(departmentPatchSchema.extend({ id: uuid }))
    .mutation(({ ctx, input: { id, ...patch } }) => updateDepartment(ctx, id, patch)),
  setActive: admin
    .input(z.object({ id: uuid, active: z.boolean() }))
    .mutation(({ ctx, input }) => setDepartmentActive(ctx, input.id, input.active)),
});
