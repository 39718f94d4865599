import { z } from "zod";
import { queuePhiListRead, recordPhiRead } from "../audit/phi";
import { permitted, router } from "../trpc";
import { uuid } from "../../shared/zod";
import { getPatient, registerPatient, updatePatient } from "./register";
import {
  createPatientSchema,
  findDuplicatesSchema,
  listPatientsSchema,
  updatePatientSchema,
} from "../../shared/patients/schemas";
import { findPossibleDuplicates, listPatients } from "./search";

const read = permitted("patient.read");
const register = permitted("patient.register");
const edit = permitted("patient.update");

export const patientRouter = router({
  create: register.input(createPatientSchema).mutation(({ ctx, input }) => registerPatient(ctx, input)),

  get: read.input(z.object({ id: uuid })).query(async ({ ctx, input }) => {
    const patient = await getPatient(ctx, input.id);
    await recordPhiRead(ctx, {
      action: "patient.view",
      entityType: "patient",
      entityId: patient.id,
      patientId: patient.id,
    });
    return patient;
  }),

  list: read.input(listPatientsSchema).query(async ({ ctx, input }) => {
    const page = await listPatients(ctx, input);
    queuePhiListRead(
      ctx,
      "patient.list",
      { search: input.search, page: input.cursor ? "next" : undefined },
      page.items.map((i) => i.id),
    );
    return page;
  }),

  update: edit.input(updatePatientSchema).mutation(({ ctx, input }) => {
    const { id, baseVersion, ...patch } = input;
    return updatePatient(ctx, id, baseVersion, patch);
  }),

  findDuplicates: register.input(findDuplicatesSchema).query(async ({ ctx, input }) => {
    const found = await findPossibleDuplicates(ctx, input);
    queuePhiListRead(
      ctx,
      "patient.findDuplicates",
      input,
      found.map((i) => i.id),
    );
    return found;
  }),
});
