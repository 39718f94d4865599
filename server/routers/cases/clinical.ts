import type { HospitalRole } from "@/shared/enums";
import { ADMIN_ONLY, hospital, type Cases } from "./common";

const APPOINTMENTS: HospitalRole[] = ["ADMIN", "DOCTOR", "NURSE", "RECEPTIONIST"];
const BOOKING: HospitalRole[] = ["ADMIN", "RECEPTIONIST", "DOCTOR"];
const EMR: HospitalRole[] = ["ADMIN", "DOCTOR", "NURSE"];
const CLINICIANS: HospitalRole[] = ["DOCTOR", "NURSE"];
const DOCTORS: HospitalRole[] = ["DOCTOR"];
const SOMEONE = "01900000-0000-7000-8000-00000000abcd";

export const clinicalCases = {
  "appointment.create": hospital(
    BOOKING,
    (ids) => ({ patientId: ids.patientId, doctorId: ids.doctorId, startsAt: ids.slot }),
    true,
  ),
  "appointment.list": hospital(APPOINTMENTS, () => ({})),
  "appointment.get": hospital(APPOINTMENTS, (ids) => ({ id: ids.appointmentId }), true),
  "appointment.queue": hospital(APPOINTMENTS, () => undefined),
  "appointment.updateStatus": hospital(APPOINTMENTS, (ids) => ({ id: ids.appointmentId, status: "CONFIRMED" }), true),
  "appointment.reschedule": hospital(BOOKING, (ids) => ({ id: ids.appointmentId, startsAt: ids.slot }), true),
  "appointment.cancel": hospital(BOOKING, (ids) => ({ id: ids.appointmentId, reason: "matrix" }), true),
  "appointment.doctors": hospital(APPOINTMENTS, () => undefined),
  "appointment.schedule": hospital(APPOINTMENTS, (ids) => ({ doctorId: ids.doctorId }), true),
  "appointment.setSchedule": hospital(
    ADMIN_ONLY,
    (ids) => ({ doctorId: ids.doctorId, workdayStart: "08:00", workdayEnd: "16:00", weekdays: [1, 2, 3, 4, 5] }),
    true,
  ),

  "encounter.start": hospital(CLINICIANS, (ids) => ({ appointmentId: ids.appointmentId }), true),
  "encounter.get": hospital(EMR, (ids) => ({ id: ids.encounterId }), true),
  "encounter.list": hospital(EMR, () => ({})),
  "encounter.recordVitals": hospital(CLINICIANS, (ids) => ({ encounterId: ids.encounterId, pulse: 72 }), true),
  "encounter.saveNote": hospital(DOCTORS, (ids) => ({ encounterId: ids.encounterId, subjective: "matrix" }), true),
  "encounter.addDiagnosis": hospital(DOCTORS, (ids) => ({ encounterId: ids.encounterId, icdCode: "I10" }), true),
  "encounter.removeDiagnosis": hospital(DOCTORS, (ids) => ({ encounterId: ids.encounterId, id: SOMEONE }), true),
  "encounter.addPrescription": hospital(
    DOCTORS,
    (ids) => ({
      encounterId: ids.encounterId,
      drug: "Paracetamol",
      dose: "500 mg",
      route: "ORAL",
      frequency: "TID",
      durationDays: 3,
    }),
    true,
  ),
  "encounter.removePrescription": hospital(DOCTORS, (ids) => ({ encounterId: ids.encounterId, id: SOMEONE }), true),
  "encounter.sign": hospital(DOCTORS, (ids) => ({ id: ids.encounterId }), true),
  "encounter.addAddendum": hospital(CLINICIANS, (ids) => ({ encounterId: ids.encounterId, text: "matrix" }), true),
  "icd.search": hospital(EMR, () => ({ q: "hyper" })),

  "phiLog.list": hospital(ADMIN_ONLY, () => ({})),
  "phiLog.verify": hospital(ADMIN_ONLY, () => undefined),
  "phiLog.chartAccess": hospital(["ADMIN", "DOCTOR"], (ids) => ({ patientId: ids.patientId }), true),
} satisfies Cases;
