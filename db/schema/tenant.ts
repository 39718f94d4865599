// Hospital (tenant) database: everything clinical about one hospital, and nothing about any other.
// Staff are referred to by their control-database user id (no cross-database foreign keys).
import type { Kit } from "@dialect/kit";
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TYPES,
  DIAGNOSIS_KINDS,
  DRUG_ROUTES,
  ENCOUNTER_KINDS,
  ENCOUNTER_STATUSES,
  GENDERS,
  PRIORITIES,
} from "../../shared/enums";

export type Allergy = {
  substance: string;
  reaction: string;
  severity: "MILD" | "MODERATE" | "SEVERE";
  /** a class or ingredient key of shared/clinical/drug-classes.ts: the allergy checked when prescribing */
  allergen?: string | null;
};
/** a recorded allergy a prescription was written over, with how it matched (shared/clinical/allergy-check.ts) */
export type OverriddenAllergy = {
  substance: string;
  severity: string;
  reaction: string;
  matchedBy: string;
  key?: string;
};
export type EmergencyContact = { name: string; relationship: string; phone: string };
export type Insurance = { provider: string; policyNumber: string; groupNumber: string };

export function tenantSchema(k: Kit) {
  /** exactly one row (id = 1): which hospital this database belongs to */
  const meta = k.table("meta", {
    id: k.int("id").primaryKey(),
    hospitalCode: k.text("hospital_code").notNull(),
    schemaVersion: k.int("schema_version").notNull(),
    createdAt: k.timestamp("created_at").notNull(),
    migratedAt: k.timestamp("migrated_at").notNull(),
  });

  /** named counters for numbers people read (MRN, appointment numbers), bumped atomically */
  const counters = k.table("counters", {
    name: k.text("name").primaryKey(),
    value: k.int("value").notNull(),
  });

  const patients = k.table(
    "patients",
    {
      id: k.id("id").primaryKey(),
      mrn: k.text("mrn").notNull(),
      firstName: k.text("first_name").notNull(),
      middleName: k.text("middle_name").notNull().default(""),
      lastName: k.text("last_name").notNull(),
      dateOfBirth: k.date("date_of_birth").notNull(),
      gender: k.enum("gender", GENDERS).notNull(),
      bloodGroup: k.text("blood_group").notNull().default(""),
      maritalStatus: k.text("marital_status").notNull().default(""),
      phone: k.text("phone").notNull().default(""),
      /** digits of phone only, for search */
      phoneDigits: k.searchKey("phone_digits").notNull().default(""),
      /** phone digits backwards: "ends with 4567" is a prefix range on this */
      phoneDigitsReversed: k.searchKey("phone_digits_rev").notNull().default(""),
      /** the MRN backwards: a number typed alone ("7", "000007") finds "<prefix>-000007" by a prefix range */
      mrnReversed: k.searchKey("mrn_rev").notNull().default(""),
      email: k.text("email").notNull().default(""),
      address: k.text("address").notNull().default(""),
      city: k.text("city").notNull().default(""),
      emergencyContact: k.json<EmergencyContact | null>("emergency_contact"),
      allergies: k.json<Allergy[]>("allergies").notNull(),
      chronicConditions: k.json<string[]>("chronic_conditions").notNull(),
      currentMedications: k.json<string[]>("current_medications").notNull(),
      insurance: k.json<Insurance | null>("insurance"),
      isVip: k.bool("is_vip").notNull().default(false),
      /** bumped by every change of the demographics: an edit names the version it started from (optimistic check) */
      version: k.int("version").notNull().default(0),
      /** lower-case "last first" for stable ordering */
      sortName: k.searchKey("sort_name").notNull(),
      createdBy: k.id("created_by").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [
      k.uniqueIndex("patients_mrn_uq").on(t.mrn),
      k.index("patients_phone_idx").on(t.phoneDigits),
      k.index("patients_phone_rev_idx").on(t.phoneDigitsReversed),
      k.index("patients_mrn_rev_idx").on(t.mrnReversed),
      k.index("patients_sort_idx").on(t.sortName, t.id),
      k.index("patients_dob_idx").on(t.dateOfBirth),
    ],
  );

  /** one row per lower-cased word of a patient's names: "any word prefix" search through an index */
  const patientNameTerms = k.table(
    "patient_name_terms",
    {
      term: k.searchKey("term").notNull(),
      patientId: k.id("patient_id").notNull(),
    },
    (t) => [
      k.primaryKey({ columns: [t.term, t.patientId] }),
      k.index("patient_name_terms_patient_idx").on(t.patientId),
    ],
  );

  /**
   * PHI access log: every chart read and clinical write. Tamper-evident: each entry's hash is an HMAC (key derived
   * from the server secret) over its fields and the previous entry's hash; seq has no gaps.
   */
  const phiAccessLog = k.table(
    "phi_access_log",
    {
      seq: k.int("seq").primaryKey(),
      at: k.timestamp("at").notNull(),
      userId: k.id("user_id").notNull(),
      username: k.text("username").notNull(),
      role: k.text("role").notNull(),
      action: k.text("action").notNull(),
      entityType: k.text("entity_type").notNull(),
      entityId: k.text("entity_id").notNull(),
      patientId: k.id("patient_id"),
      ip: k.text("ip").notNull(),
      prevHash: k.text("prev_hash").notNull(),
      hash: k.text("hash").notNull(),
      /** bulk reads (lists, searches): the filters, how many patients and which (null for single-record entries) */
      details: k.json<{ filters?: Record<string, unknown>; count: number; patientIds: string[] }>("details"),
      /** the audit MAC key version (server/auth/secret.ts); null = 0 */
      keyVersion: k.int("key_version"),
    },
    (t) => [
      k.index("phi_access_log_patient_idx").on(t.patientId, t.seq),
      k.index("phi_access_log_user_idx").on(t.userId, t.seq),
      k.index("phi_access_log_at_idx").on(t.at),
    ],
  );

  /** files that belong to the hospital itself (its logo), stored in its own database */
  const hospitalAssets = k.table("hospital_assets", {
    name: k.text("name").primaryKey(),
    contentType: k.text("content_type").notNull(),
    bytes: k.bytes("bytes").notNull(),
    sha256: k.text("sha256").notNull(),
    updatedBy: k.id("updated_by").notNull(),
    updatedAt: k.timestamp("updated_at").notNull(),
  });

  /** a doctor's working hours; without a row the hospital's business rules apply */
  const doctorSchedules = k.table("doctor_schedules", {
    doctorId: k.id("doctor_id").primaryKey(),
    workdayStart: k.text("workday_start").notNull(),
    workdayEnd: k.text("workday_end").notNull(),
    /** ISO weekdays 1 (Monday) … 7 (Sunday) */
    weekdays: k.json<number[]>("weekdays").notNull(),
    updatedBy: k.id("updated_by").notNull(),
    updatedAt: k.timestamp("updated_at").notNull(),
  });

  /** one row per doctor, updated first in every booking transaction: on Postgres its row lock serialises them */
  const doctorBookingLocks = k.table("doctor_booking_locks", {
    doctorId: k.id("doctor_id").primaryKey(),
    version: k.int("version").notNull(),
  });

  const appointments = k.table(
    "appointments",
    {
      id: k.id("id").primaryKey(),
      /** <CODE>-APT-YYYYMMDD-NNNN, the date in the hospital's time zone */
      number: k.text("number").notNull(),
      patientId: k.id("patient_id").notNull(),
      doctorId: k.id("doctor_id").notNull(),
      startsAt: k.timestamp("starts_at").notNull(),
      endsAt: k.timestamp("ends_at").notNull(),
      durationMinutes: k.int("duration_minutes").notNull(),
      type: k.enum("type", APPOINTMENT_TYPES).notNull(),
      priority: k.enum("priority", PRIORITIES).notNull(),
      reason: k.text("reason").notNull().default(""),
      status: k.enum("status", APPOINTMENT_STATUSES).notNull(),
      rescheduledFromId: k.id("rescheduled_from_id"),
      rescheduledToId: k.id("rescheduled_to_id"),
      createdBy: k.id("created_by").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [
      k.uniqueIndex("appointments_number_uq").on(t.number),
      k.index("appointments_doctor_start_idx").on(t.doctorId, t.startsAt),
      k.index("appointments_patient_start_idx").on(t.patientId, t.startsAt),
      k.index("appointments_start_idx").on(t.startsAt),
    ],
  );

  /** every status change (and booking, rescheduling) of an appointment: who, when, why */
  const appointmentHistory = k.table(
    "appointment_history",
    {
      id: k.id("id").primaryKey(),
      appointmentId: k.id("appointment_id").notNull(),
      fromStatus: k.text("from_status"),
      toStatus: k.text("to_status").notNull(),
      at: k.timestamp("at").notNull(),
      byUserId: k.id("by_user_id").notNull(),
      byName: k.text("by_name").notNull(),
      reason: k.text("reason").notNull().default(""),
      detail: k.json<Record<string, unknown>>("detail"),
    },
    (t) => [k.index("appointment_history_appointment_idx").on(t.appointmentId, t.at)],
  );

  const encounters = k.table(
    "encounters",
    {
      id: k.id("id").primaryKey(),
      patientId: k.id("patient_id").notNull(),
      appointmentId: k.id("appointment_id"),
      doctorId: k.id("doctor_id").notNull(),
      kind: k.enum("kind", ENCOUNTER_KINDS).notNull(),
      status: k.enum("status", ENCOUNTER_STATUSES).notNull(),
      chiefComplaint: k.text("chief_complaint").notNull().default(""),
      subjective: k.text("subjective").notNull().default(""),
      objective: k.text("objective").notNull().default(""),
      assessment: k.text("assessment").notNull().default(""),
      plan: k.text("plan").notNull().default(""),
      /** bumped by every save of the note (chief complaint and SOAP): a save names the version it started from */
      noteVersion: k.int("note_version").notNull().default(0),
      startedAt: k.timestamp("started_at").notNull(),
      signedAt: k.timestamp("signed_at"),
      signedBy: k.id("signed_by"),
      signedByName: k.text("signed_by_name"),
      createdBy: k.id("created_by").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [
      k.uniqueIndex("encounters_appointment_uq").on(t.appointmentId),
      k.index("encounters_patient_idx").on(t.patientId, t.startedAt),
      k.index("encounters_doctor_idx").on(t.doctorId, t.startedAt),
    ],
  );

  const vitals = k.table(
    "vitals",
    {
      id: k.id("id").primaryKey(),
      encounterId: k.id("encounter_id").notNull(),
      patientId: k.id("patient_id").notNull(),
      systolic: k.int("systolic"),
      diastolic: k.int("diastolic"),
      pulse: k.int("pulse"),
      respiratoryRate: k.int("respiratory_rate"),
      temperatureC: k.float("temperature_c"),
      spo2: k.int("spo2"),
      heightCm: k.float("height_cm"),
      weightKg: k.float("weight_kg"),
      bmi: k.float("bmi"),
      notes: k.text("notes").notNull().default(""),
      recordedBy: k.id("recorded_by").notNull(),
      recordedByName: k.text("recorded_by_name").notNull(),
      recordedAt: k.timestamp("recorded_at").notNull(),
    },
    (t) => [
      k.index("vitals_encounter_idx").on(t.encounterId, t.recordedAt),
      k.index("vitals_patient_idx").on(t.patientId, t.recordedAt),
    ],
  );

  const diagnoses = k.table(
    "diagnoses",
    {
      id: k.id("id").primaryKey(),
      encounterId: k.id("encounter_id").notNull(),
      patientId: k.id("patient_id").notNull(),
      icdCode: k.text("icd_code").notNull(),
      title: k.text("title").notNull(),
      kind: k.enum("kind", DIAGNOSIS_KINDS).notNull(),
      notes: k.text("notes").notNull().default(""),
      createdBy: k.id("created_by").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
    },
    (t) => [
      k.index("diagnoses_encounter_idx").on(t.encounterId),
      k.index("diagnoses_patient_idx").on(t.patientId, t.createdAt),
    ],
  );

  const prescriptions = k.table(
    "prescriptions",
    {
      id: k.id("id").primaryKey(),
      encounterId: k.id("encounter_id").notNull(),
      patientId: k.id("patient_id").notNull(),
      drug: k.text("drug").notNull(),
      dose: k.text("dose").notNull(),
      route: k.enum("route", DRUG_ROUTES).notNull(),
      frequency: k.text("frequency").notNull(),
      durationDays: k.int("duration_days").notNull(),
      instructions: k.text("instructions").notNull().default(""),
      /** why the doctor prescribed despite a recorded allergy (null: no allergy matched) */
      allergyOverrideReason: k.text("allergy_override_reason"),
      /** the allergies it was prescribed over */
      allergyOverrides: k.json<OverriddenAllergy[]>("allergy_overrides"),
      createdBy: k.id("created_by").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
    },
    (t) => [
      k.index("prescriptions_encounter_idx").on(t.encounterId),
      k.index("prescriptions_patient_idx").on(t.patientId, t.createdAt),
    ],
  );

  /** after signing an encounter is read-only; corrections are addenda with author and time */
  const encounterAddenda = k.table(
    "encounter_addenda",
    {
      id: k.id("id").primaryKey(),
      encounterId: k.id("encounter_id").notNull(),
      text: k.text("text").notNull(),
      authorId: k.id("author_id").notNull(),
      authorName: k.text("author_name").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
    },
    (t) => [k.index("encounter_addenda_encounter_idx").on(t.encounterId, t.createdAt)],
  );

  /** every saved revision of an encounter's note (the whole note as saved), with author and time; never overwritten */
  const encounterNoteRevisions = k.table(
    "encounter_note_revisions",
    {
      id: k.id("id").primaryKey(),
      encounterId: k.id("encounter_id").notNull(),
      /** the encounter's noteVersion this save produced */
      version: k.int("version").notNull(),
      chiefComplaint: k.text("chief_complaint").notNull().default(""),
      subjective: k.text("subjective").notNull().default(""),
      objective: k.text("objective").notNull().default(""),
      assessment: k.text("assessment").notNull().default(""),
      plan: k.text("plan").notNull().default(""),
      authorId: k.id("author_id").notNull(),
      authorName: k.text("author_name").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
    },
    (t) => [k.uniqueIndex("encounter_note_revisions_version_uq").on(t.encounterId, t.version)],
  );

  return {
    meta,
    counters,
    patients,
    patientNameTerms,
    phiAccessLog,
    hospitalAssets,
    doctorSchedules,
    doctorBookingLocks,
    appointments,
    appointmentHistory,
    encounters,
    vitals,
    diagnoses,
    prescriptions,
    encounterAddenda,
    encounterNoteRevisions,
  };
}
export type TenantSchema = ReturnType<typeof tenantSchema>;
