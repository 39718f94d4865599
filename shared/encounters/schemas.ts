// Encounter inputs (EMR): vitals with plausible ranges, SOAP note, diagnoses, prescriptions, addenda. Pure zod.
import { z } from "zod";
import { DIAGNOSIS_KINDS, DRUG_ROUTES } from "../enums";
import { requiredText, text, uuid } from "../zod";

const range = (label: string, min: number, max: number, unit: string, int = true) =>
  (int ? z.number().int(`${label}: whole number`) : z.number())
    .min(min, `${label} must be between ${min} and ${max} ${unit}`)
    .max(max, `${label} must be between ${min} and ${max} ${unit}`)
    .nullable()
    .optional();

export const vitalsSchema = z
  .object({
    encounterId: uuid,
    systolic: range("Systolic pressure", 50, 260, "mmHg"),
    diastolic: range("Diastolic pressure", 30, 160, "mmHg"),
    pulse: range("Pulse", 20, 250, "/min"),
    respiratoryRate: range("Respiratory rate", 4, 60, "/min"),
    temperatureC: range("Temperature", 30, 45, "°C", false),
    spo2: range("SpO₂", 50, 100, "%"),
    heightCm: range("Height", 30, 250, "cm", false),
    weightKg: range("Weight", 0.5, 400, "kg", false),
    notes: text(1000).default(""),
  })
  .refine((v) => (v.systolic == null) === (v.diastolic == null), {
    message: "Give both systolic and diastolic pressure",
    path: ["diastolic"],
  })
  .refine((v) => v.systolic == null || v.diastolic == null || v.diastolic < v.systolic, {
    message: "Diastolic must be lower than systolic",
    path: ["diastolic"],
  })
  .refine(
    (v) =>
      ["systolic", "pulse", "respiratoryRate", "temperatureC", "spo2", "heightCm", "weightKg"].some(
        (k) => v[k as keyof typeof v] != null,
      ),
    { message: "Record at least one measurement" },
  );
export type VitalsInput = z.output<typeof vitalsSchema>;

export const startEncounterSchema = z.union([
  z.object({ appointmentId: uuid }),
  z.object({ patientId: uuid, doctorId: uuid.optional(), chiefComplaint: text(500).default("") }),
]);

export const noteSchema = z.object({
  encounterId: uuid,
  chiefComplaint: text(500).optional(),
  subjective: text(10_000).optional(),
  objective: text(10_000).optional(),
  assessment: text(10_000).optional(),
  plan: text(10_000).optional(),
});

export const diagnosisSchema = z.object({
  encounterId: uuid,
  icdCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, "Not an ICD-10 code"),
  kind: z.enum(DIAGNOSIS_KINDS).default("PRIMARY"),
  notes: text(1000).default(""),
});

export const prescriptionSchema = z.object({
  encounterId: uuid,
  drug: requiredText(200),
  dose: requiredText(100),
  route: z.enum(DRUG_ROUTES),
  frequency: requiredText(100),
  durationDays: z.number().int().min(1, "At least 1 day").max(365, "At most 365 days"),
  instructions: text(1000).default(""),
});

export const addendumSchema = z.object({ encounterId: uuid, text: requiredText(10_000) });
export const removeItemSchema = z.object({ encounterId: uuid, id: uuid });
