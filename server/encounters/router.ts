// encounter.* (EMR) and icd.search.
import { z } from "zod";
import { ENCOUNTER_STATUSES } from "@/db/schema/enums";
import { moduleProcedure, router } from "../trpc";
import { uuid } from "../shared/zod";
import { addDiagnosis, addPrescription, recordVitals, removeItem, saveNote } from "./charting";
import { searchIcd } from "./icd";
import { getEncounter, listEncounters } from "./queries";
import {
  addendumSchema,
  diagnosisSchema,
  noteSchema,
  prescriptionSchema,
  removeItemSchema,
  startEncounterSchema,
  vitalsSchema,
} from "./schemas";
import { addAddendum, signEncounter } from "./sign";
import { startEncounter } from "./start";

const emr = moduleProcedure("emr");
const clinicians = moduleProcedure("emr", ["DOCTOR", "NURSE"]);
const doctors = moduleProcedure("emr", ["DOCTOR"]);

export const encounterRouter = router({
  start: clinicians.input(startEncounterSchema).mutation(({ ctx, input }) => startEncounter(ctx, input)),
  get: emr.input(z.object({ id: uuid })).query(({ ctx, input }) => getEncounter(ctx, input.id)),
  list: emr
    .input(
      z.object({
        patientId: uuid.optional(),
        doctorId: uuid.optional(),
        status: z.array(z.enum(ENCOUNTER_STATUSES)).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => listEncounters(ctx, input)),
  recordVitals: clinicians.input(vitalsSchema).mutation(({ ctx, input }) => recordVitals(ctx, input)),
  saveNote: doctors.input(noteSchema).mutation(({ ctx, input }) => saveNote(ctx, input)),
  addDiagnosis: doctors.input(diagnosisSchema).mutation(({ ctx, input }) => addDiagnosis(ctx, input)),
  removeDiagnosis: doctors
    .input(removeItemSchema)
    .mutation(({ ctx, input }) => removeItem(ctx, "diagnosis", input.encounterId, input.id)),
  addPrescription: doctors.input(prescriptionSchema).mutation(({ ctx, input }) => addPrescription(ctx, input)),
  removePrescription: doctors
    .input(removeItemSchema)
    .mutation(({ ctx, input }) => removeItem(ctx, "prescription", input.encounterId, input.id)),
  sign: doctors.input(z.object({ id: uuid })).mutation(({ ctx, input }) => signEncounter(ctx, input.id)),
  addAddendum: clinicians
    .input(addendumSchema)
    .mutation(({ ctx, input }) => addAddendum(ctx, input.encounterId, input.text)),
});

export const icdRouter = router({
  search: emr
    .input(z.object({ q: z.string().max(100).default(""), limit: z.number().int().min(1).max(50).default(20) }))
    .query(({ input }) => searchIcd(input.q, input.limit)),
});
