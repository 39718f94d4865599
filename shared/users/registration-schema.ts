// A staff member's own request for an account (the public registration page of a hospital). Pure zod.
import { z } from "zod";
import { SELF_REGISTRATION_ROLES } from "../permissions";
import { phone } from "../zod";
import { emailSchema, passwordSchema, personNameSchema, usernameSchema } from "./schemas";

export { SELF_REGISTRATION_ROLES } from "../permissions";

export const staffRegistrationSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  phone: phone.optional(),
  role: z.enum(SELF_REGISTRATION_ROLES),
});
export type StaffRegistrationInput = z.input<typeof staffRegistrationSchema>;
export type StaffRegistration = z.output<typeof staffRegistrationSchema>;
