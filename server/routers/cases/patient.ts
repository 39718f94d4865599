import { ALL, hospital, type Cases } from "./common";

const newPatient = { firstName: "Case", lastName: "Input", dateOfBirth: "1980-05-05", gender: "F" };

export const patientCases = {
  "patient.create": hospital(["ADMIN", "RECEPTIONIST"], () => newPatient),
  "patient.get": hospital(ALL, (ids) => ({ id: ids.patientId }), true),
  "patient.list": hospital(ALL, () => ({})),
  "patient.update": hospital(
    ["ADMIN", "RECEPTIONIST", "DOCTOR", "NURSE"],
    (ids) => ({ id: ids.patientId, phone: "555 0199" }),
    true,
  ),
  "patient.findDuplicates": hospital(["ADMIN", "RECEPTIONIST"], () => ({
    firstName: "Case",
    lastName: "Input",
    dateOfBirth: "1980-05-05",
  })),
} satisfies Cases;
