// Department inputs, shared by the API, the forms and the tests. Pure zod.
import { z } from "zod";
import { requiredText, uuid, withCode } from "../zod";

/** short code staff recognise ("CARD", "ER", "PED-ONC"); unique within the hospital */
export const departmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => /^[A-Z0-9][A-Z0-9_-]{0,15}$/.test(s), withCode("INVALID_DEPARTMENT_CODE"));

export const newDepartmentSchema = z.object({
  code: departmentCodeSchema,
  name: requiredText(120),
  /** a staff member of the same hospital, or none */
  headUserId: uuid.nullable().optional(),
});
export type NewDepartmentInput = z.output<typeof newDepartmentSchema>;

export const departmentPatchSchema = newDepartmentSchema.partial();
export type DepartmentPatch = z.output<typeof departmentPatchSchema>;

export const departmentListSchema = z.object({ includeInactive: z.boolean().default(false) });
export type DepartmentListInput = z.output<typeof departmentListSchema>;
