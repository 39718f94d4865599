// Patient fields: one zod schema for the API, the registration form and the tests. Pure: safe in client components.
import { z } from "zod";
import { GENDERS } from "../enums";
import { ALLERGEN_KEYS } from "../clinical/drug-classes";
import { baseVersion, isoDate, optionalEmail, pageLimit, phone, requiredText, text, uuid, withCode } from "../zod";

export const BLOOD_GROUPS = ["", "A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"] as const;
export const MARITAL_STATUSES = ["", "SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "SEPARATED"] as const;
export const ALLERGY_SEVERITIES = ["MILD", "MODERATE", "SEVERE"] as const;

const MAX_AGE_YEARS = 150;
const dateOfBirth = isoDate
  .refine(
    (s) => s <= new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10),
    withCode("BIRTH_DATE_IN_FUTURE"),
  )
  .refine(
    (s) => Number(s.slice(0, 4)) >= new Date().getUTCFullYear() - MAX_AGE_YEARS,
    withCode("BIRTH_DATE_TOO_OLD", { years: MAX_AGE_YEARS }),
  );

export const allergySchema = z.object({
  substance: requiredText(120),
  reaction: text(200).default(""),
  severity: z.enum(ALLERGY_SEVERITIES),
  /** optional coded allergen: a class or ingredient of the shipped list (shared/clinical/drug-classes.ts) */
  allergen: z
    .string()
    .refine((k) => ALLERGEN_KEYS.includes(k), withCode("INVALID_OPTION"))
    .nullable()
    .default(null),
});

export const patientFieldsSchema = z.object({
  firstName: requiredText(100),
  middleName: text(100).default(""),
  lastName: requiredText(100),
  dateOfBirth,
  gender: z.enum(GENDERS),
  bloodGroup: z.enum(BLOOD_GROUPS).default(""),
  maritalStatus: z.enum(MARITAL_STATUSES).default(""),
  phone: phone.default(""),
  email: optionalEmail.default(""),
  address: text(300).default(""),
  city: text(100).default(""),
  emergencyContact: z
    .object({
      name: requiredText(120),
      relationship: text(60).default(""),
      phone: phone.refine((s) => s !== "", withCode("REQUIRED")),
    })
    .nullable()
    .default(null),
  allergies: z.array(allergySchema).max(50).default([]),
  chronicConditions: z.array(requiredText(120)).max(50).default([]),
  currentMedications: z.array(requiredText(160)).max(50).default([]),
  insurance: z
    .object({ provider: requiredText(120), policyNumber: requiredText(60), groupNumber: text(60).default("") })
    .nullable()
    .default(null),
  isVip: z.boolean().default(false),
});
export type PatientFields = z.output<typeof patientFieldsSchema>;
export type PatientFieldsInput = z.input<typeof patientFieldsSchema>;

export const createPatientSchema = patientFieldsSchema;

/** every field optional and without defaults: a patch changes only what it names */
const patchShape = Object.fromEntries(
  Object.entries(patientFieldsSchema.shape).map(([key, field]) => [
    key,
    (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
  ]),
) as unknown as { [K in keyof typeof patientFieldsSchema.shape]: z.ZodOptional<z.ZodType<PatientFields[K]>> };

export const updatePatientSchema = z
  /** baseVersion: the patient's version this edit started from (patient.get); a stale one is refused (STALE) */
  .object({ id: uuid, baseVersion, ...patchShape })
  .refine(
    (p) => Object.keys(p).some((k) => k !== "id" && k !== "baseVersion" && p[k as keyof typeof p] !== undefined),
    withCode("NOTHING_TO_CHANGE"),
  );
export type PatientPatch = Omit<z.output<typeof updatePatientSchema>, "id" | "baseVersion">;

export const listPatientsSchema = z.object({
  search: text(100).optional(),
  limit: pageLimit,
  cursor: text(400).optional(),
});

export const findDuplicatesSchema = z.object({
  firstName: text(100),
  lastName: text(100),
  dateOfBirth: isoDate.optional(),
  phone: phone.optional(),
});
