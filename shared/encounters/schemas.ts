// Encounter inputs (EMR): vitals with plausible ranges, SOAP note, diagnoses, prescriptions, addenda. Pure zod.
import { z } from "zod";
import { DIAGNOSIS_KINDS, DRUG_ROUTES } from "../enums";
import { baseVersion, requiredText, text, uuid, withCode } from "../zod";

/** a plausible measurement; its message names the vital and its unit (errors.VITAL_OUT_OF_RANGE) */
const range = (vital: string, min: number, max: number, int = true) =>
  (int ? z.number().int() : z.number())
    .refine((v) => v >= min && v <= max, withCode("VITAL_OUT_OF_RANGE", { vital, min, max }))
    .nullable()
    .optional();

export const vitalsSchema = z
  .object({
    encounterId: uuid,
    systolic: range("systolic", 50, 260),
    diastolic: range("diastolic", 30, 160),
    pulse: range("pulse", 20, 250),
    respiratoryRate: range("respiratoryRate", 4, 60),
    temperatureC: range("temperatureC", 30, 45, false),
    spo2: range("spo2", 50, 100),
    heightCm: range("heightCm", 30, 250, false),
    weightKg: range("weightKg", 0.5, 400, false),
    notes: text(1000).default(""),
  })
  .refine((v) => (v.systolic == null) === (v.diastolic == null), {
    ...withCode("BLOOD_PRESSURE_INCOMPLETE"),
    path: ["diastolic"],
  })
  .refine((v) => v.systolic == null || v.diastolic == null || v.diastolic < v.systolic, {
    ...withCode("DIASTOLIC_NOT_LOWER"),
    path: ["diastolic"],
  })
  .refine(
    (v) =>
      ["systolic", "pulse", "respiratoryRate", "temperatureC", "spo2", "heightCm", "weightKg"].some(
        (k) => v[k as keyof typeof v] != null,
      ),
    withCode("VITALS_EMPTY"),
  );
export type VitalsInput = z.output<typeof vitalsSchema>;

export const startEncounterSchema = z.union([
  z.object({ appointmentId: uuid }),
  z.object({ patientId: uuid, doctorId: uuid.optional(), chiefComplaint: text(500).default("") }),
]);

/** a walk-in started by someone who is not the doctor (a nurse): the doctor who will see the patient is chosen */
export const walkInSchema = z.object({
  patientId: uuid,
  doctorId: z
    .string()
    .refine((s) => s !== "", withCode("DOCTOR_REQUIRED"))
    .pipe(uuid),
  chiefComplaint: text(500).default(""),
});
export type WalkInInput = z.output<typeof walkInSchema>;

export const noteSchema = z.object({
  encounterId: uuid,
  chiefComplaint: text(500).optional(),
  subjective: text(10_000).optional(),
  objective: text(10_000).optional(),
  assessment: text(10_000).optional(),
  plan: text(10_000).optional(),
  /** the encounter's noteVersion this edit started from (encounter.get); a stale one is refused (NOTE_CHANGED) */
  baseVersion,
});
/** the parts of the note, in the order they are written */
export const NOTE_PARTS = ["chiefComplaint", "subjective", "objective", "assessment", "plan"] as const;

export const diagnosisSchema = z.object({
  encounterId: uuid,
  icdCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((s) => /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(s), withCode("INVALID_ICD_CODE")),
  kind: z.enum(DIAGNOSIS_KINDS).default("PRIMARY"),
  notes: text(1000).default(""),
});

export const prescriptionSchema = z.object({
  encounterId: uuid,
  drug: requiredText(200),
  dose: requiredText(100),
  route: z.enum(DRUG_ROUTES),
  frequency: requiredText(100),
  durationDays: z.number().int().min(1).max(365),
  instructions: text(1000).default(""),
  /** required to prescribe a drug that matches a recorded allergy (otherwise ALLERGY_CONFLICT); audited and shown */
  allergyOverrideReason: text(500).optional(),
});

export const addendumSchema = z.object({ encounterId: uuid, text: requiredText(10_000) });
export const removeItemSchema = z.object({ encounterId: uuid, id: uuid });
