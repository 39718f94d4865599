// Staff administration inputs, shared by the API, the forms and the tests. Pure zod.
import { z } from "zod";
import { HOSPITAL_ROLES } from "../enums";
import { phone, text, uuid } from "../zod";
import { emailSchema, passwordSchema, personNameSchema, usernameSchema } from "./schemas";

export const newStaffSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  role: z.enum(HOSPITAL_ROLES),
  departmentId: uuid.nullable().optional(),
  phone: phone.optional(),
  mustChangePassword: z.boolean().optional(),
});
export type NewStaffInput = z.output<typeof newStaffSchema>;

export const staffPatchSchema = z.object({
  firstName: personNameSchema.optional(),
  lastName: personNameSchema.optional(),
  email: emailSchema.optional(),
  role: z.enum(HOSPITAL_ROLES).optional(),
  departmentId: uuid.nullable().optional(),
  phone: phone.optional(),
});
export type StaffPatch = z.output<typeof staffPatchSchema>;

export const staffFilterSchema = z.object({
  search: text(100).optional(),
  role: z.enum(HOSPITAL_ROLES).optional(),
  status: z.enum(["all", "active", "inactive", "pending"]).default("all"),
});
export type StaffFilter = z.output<typeof staffFilterSchema>;
