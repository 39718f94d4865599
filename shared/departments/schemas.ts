// Department inputs, shared by the API, the forms and the tests. Pure zod.
import { z } from "zod";
import { requiredText, uuid } from "../zod";

/** short code staff recognise ("CARD", "ER", "PED-ONC"); unique within the hospital */
export const departmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,15}$/, "1–16 letters, digits, hyphens or underscores, starting with a letter or digit");

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
