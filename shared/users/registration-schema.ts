// A staff member's own request for an account (the public registration page of a hospital). Pure zod.
import { z } from "zod";
import { phone } from "../zod";
import { emailSchema, passwordSchema, personNameSchema, usernameSchema } from "./schemas";

/** every hospital role except ADMIN: administrators are only ever made by administrators */
export const SELF_REGISTRATION_ROLES = [
  "DOCTOR",
  "NURSE",
  "RECEPTIONIST",
  "PHARMACIST",
  "LAB_TECHNICIAN",
  "RADIOLOGIST",
  "ACCOUNTANT",
] as const;

export const staffRegistrationSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  phone: phone.optional(),
  role: z.enum(SELF_REGISTRATION_ROLES, "Choose the role you work in"),
});
export type StaffRegistrationInput = z.input<typeof staffRegistrationSchema>;
export type StaffRegistration = z.output<typeof staffRegistrationSchema>;
