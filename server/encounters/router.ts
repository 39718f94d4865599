// encounter.* (EMR) and icd.search.
import { z } from "zod";
import { ENCOUNTER_STATUSES } from "@/shared/enums";
import { queuePhiListRead } from "../audit/phi";
import { permitted, router } from "../trpc";
import { uuid } from "../../shared/zod";
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
} from "../../shared/encounters/schemas";
import { addAddendum, signEncounter } from "./sign";
import { startEncounter } from "./start";

export const encounterRouter = router({
  start: permitted("encounter.start")
    .input(startEncounterSchema)
    .mutation(({ ctx, input }) => startEncounter(ctx, input)),
  get: permitted("encounter.read")
    .input(z.object({ id: uuid }))
    .query(({ ctx, input }) => getEncounter(ctx, input.id)),
  list: permitted("encounter.read")
    .input(
      z.object({
        patientId: uuid.optional(),
        doctorId: uuid.optional(),
        status: z.array(z.enum(ENCOUNTER_STATUSES)).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await listEncounters(ctx, input);
      queuePhiListRead(
        ctx,
        "encounter.list",
        { patientId: input.patientId, doctorId: input.doctorId, status: input.status },
        rows.map((r) => r.patientId),
      );
      return rows;
    }),
  recordVitals: permitted("vitals.record")
    .input(vitalsSchema)
    .mutation(({ ctx, input }) => recordVitals(ctx, input)),
  saveNote: permitted("encounter.note.write")
    .input(noteSchema)
    .mutation(({ ctx, input }) => saveNote(ctx, input)),
  addDiagnosis: permitted("diagnosis.write")
    .input(diagnosisSchema)
    .mutation(({ ctx, input }) => addDiagnosis(ctx, input)),
  removeDiagnosis: permitted("diagnosis.write")
    .input(removeItemSchema)
    .mutation(({ ctx, input }) => removeItem(ctx, "diagnosis", input.encounterId, input.id)),
  addPrescription: permitted("prescription.write")
    .input(prescriptionSchema)
    .mutation(({ ctx, input }) => addPrescription(ctx, input)),
  removePrescription: permitted("prescription.write")
    .input(removeItemSchema)
    .mutation(({ ctx, input }) => removeItem(ctx, "prescription", input.encounterId, input.id)),
  sign: permitted("encounter.sign")
    .input(z.object({ id: uuid }))
    .mutation(({ ctx, input }) => signEncounter(ctx, input.id)),
  addAddendum: permitted("encounter.addendum")
    .input(addendumSchema)
    .mutation(({ ctx, input }) => addAddendum(ctx, input.encounterId, input.text)),
});

export const icdRouter = router({
  search: permitted("encounter.read")
    .input(z.object({ q: z.string().max(100).default(""), limit: z.number().int().min(1).max(50).default(20) }))
    .query(({ input }) => searchIcd(input.q, input.limit)),
});
