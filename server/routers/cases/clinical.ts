import { hospital, type Cases } from "./common";

const SOMEONE = "01900000-0000-7000-8000-00000000abcd";

export const clinicalCases = {
  "appointment.create": hospital(
    (ids) => ({ patientId: ids.patientId, doctorId: ids.doctorId, startsAt: ids.slot }),
    true,
  ),
  "appointment.list": hospital(() => ({})),
  "appointment.get": hospital((ids) => ({ id: ids.appointmentId }), true),
  "appointment.queue": hospital(() => undefined),
  "appointment.updateStatus": hospital((ids) => ({ id: ids.appointmentId, status: "CONFIRMED" }), true),
  "appointment.reschedule": hospital((ids) => ({ id: ids.appointmentId, startsAt: ids.slot }), true),
  "appointment.cancel": hospital((ids) => ({ id: ids.appointmentId, reason: "matrix" }), true),
  "appointment.doctors": hospital(() => undefined),
  "appointment.schedule": hospital((ids) => ({ doctorId: ids.doctorId }), true),
  "appointment.setSchedule": hospital(
    (ids) => ({ doctorId: ids.doctorId, workdayStart: "08:00", workdayEnd: "16:00", weekdays: [1, 2, 3, 4, 5] }),
    true,
  ),

  "encounter.start": hospital((ids) => ({ appointmentId: ids.appointmentId }), true),
  "encounter.get": hospital((ids) => ({ id: ids.encounterId }), true),
  "encounter.list": hospital(() => ({})),
  "encounter.recordVitals": hospital((ids) => ({ encounterId: ids.encounterId, pulse: 72 }), true),
  "encounter.saveNote": hospital(
    (ids) => ({ encounterId: ids.encounterId, subjective: "matrix", baseVersion: 0 }),
    true,
  ),
  "encounter.addDiagnosis": hospital((ids) => ({ encounterId: ids.encounterId, icdCode: "I10" }), true),
  "encounter.removeDiagnosis": hospital((ids) => ({ encounterId: ids.encounterId, id: SOMEONE }), true),
  "encounter.addPrescription": hospital(
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
  "encounter.removePrescription": hospital((ids) => ({ encounterId: ids.encounterId, id: SOMEONE }), true),
  "encounter.sign": hospital((ids) => ({ id: ids.encounterId }), true),
  "encounter.addAddendum": hospital((ids) => ({ encounterId: ids.encounterId, text: "matrix" }), true),
  "icd.search": hospital(() => ({ q: "hyper" })),

  "phiLog.list": hospital(() => ({})),
  "phiLog.verify": hospital(() => undefined),
  "phiLog.chartAccess": hospital((ids) => ({ patientId: ids.patientId }), true),
  "platformAccess.list": hospital(() => ({})),
} satisfies Cases;
