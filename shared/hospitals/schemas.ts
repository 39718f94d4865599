// Fields of a new hospital: the same for `pnpm hms setup-hospital`, the super admin form and the API.
import { z } from "zod";
import { PLANS } from "../enums";
import { isReservedHospitalCode, normalizeHospitalCode } from "../codes";
import { emailSchema, newAccountSchema } from "../users/schemas";
import { text, withCode } from "../zod";

export const hospitalCodeSchema = z.string().transform((raw, ctx) => {
  const code = normalizeHospitalCode(raw);
  if (code === null) {
    ctx.addIssue({ code: "custom", ...withCode("HOSPITAL_CODE_FORMAT") });
    return z.NEVER;
  }
  // ADMIN, WWW, API …: the subdomain would be the console's or another service's, never this hospital's
  if (isReservedHospitalCode(code)) {
    ctx.addIssue({ code: "custom", ...withCode("HOSPITAL_CODE_RESERVED", { reserved: code }) });
    return z.NEVER;
  }
  return code;
});

const line = (max = 200) => text(max);

export const hospitalDetailsSchema = z.object({
  name: text(200).pipe(z.string().min(2)),
  email: emailSchema,
  phone: line(40).default(""),
  address: line(300).default(""),
  city: line(100).default(""),
  state: line(100).default(""),
  country: line(100).default(""),
});

export const newHospitalSchema = hospitalDetailsSchema.extend({
  code: hospitalCodeSchema,
  plan: z.enum(PLANS),
  admin: newAccountSchema,
});
export type NewHospitalInput = z.input<typeof newHospitalSchema>;
export type NewHospital = z.output<typeof newHospitalSchema>;
