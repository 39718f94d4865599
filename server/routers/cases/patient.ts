import { hospital, type Cases } from "./common";

const newPatient = { firstName: "Case", lastName: "Input", dateOfBirth: "1980-05-05", gender: "F" };

export const patientCases = {
  "patient.create": hospital(() => newPatient),
  "patient.get": hospital((ids) => ({ id: ids.patientId }), true),
  "patient.list": hospital(() => ({})),
  "patient.update": hospital((ids) => ({ id: ids.patientId, phone: "555 0199", baseVersion: 0 }), true),
  "patient.findDuplicates": hospital(() => ({
    firstName: "Case",
    lastName: "Input",
    dateOfBirth: "1980-05-05",
  })),
} satisfies Cases;
