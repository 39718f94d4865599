// Account fields shared by the server, the forms and the tests. Pure zod: safe in client components.
import { z } from "zod";
import { HOSPITAL_ROLES } from "../enums";
import { requiredText, withCode } from "../zod";
/** longest password accepted anywhere (argon2 hashes any length; this bounds the work) */
export const PASSWORD_MAX = 256;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => /^[a-z0-9][a-z0-9._-]{2,63}$/.test(s), withCode("INVALID_USERNAME"));

export const personNameSchema = requiredText(100);
export const emailSchema = z.string().trim().max(254).pipe(z.email());
/** the policy itself (length, common, personal) is checked on the server with context: see password-policy.ts */
export const passwordSchema = z.string().min(1).max(PASSWORD_MAX);

export const newAccountSchema = z.object({
  username: usernameSchema,
  email: emailSchema,
  password: passwordSchema,
  firstName: personNameSchema,
  lastName: personNameSchema,
});

export const hospitalRoleSchema = z.enum(HOSPITAL_ROLES);

/** a 6-digit code from an authenticator app (enrolling, turning two-step sign-in off) */
export const mfaCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .refine((s) => /^\d{6}$/.test(s), withCode("MFA_CODE_FORMAT")),
});

/**
 * A one-time account code from the console (a password reset or a new account's setup): 16 letters and digits from an
 * alphabet without look-alikes, shown in groups of four. Spaces, dashes and case do not matter when it is typed.
 */
export const ACCOUNT_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const accountCodeSchema = z
  .string()
  .max(64)
  .transform((s) => s.replace(/[\s-]/g, "").toUpperCase())
  .refine(
    (s) => s.length === 16 && [...s].every((c) => ACCOUNT_CODE_ALPHABET.includes(c)),
    withCode("ACCOUNT_CODE_FORMAT"),
  );

/** the user redeems the code on their hospital's sign-in page by choosing their own password */
export const redeemAccountCodeSchema = z.object({
  username: usernameSchema,
  code: accountCodeSchema,
  password: passwordSchema,
});
export type RedeemAccountCodeInput = z.input<typeof redeemAccountCodeSchema>;
