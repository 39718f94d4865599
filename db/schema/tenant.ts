// Hospital (tenant) database: everything clinical about one hospital, and nothing about any other.
// Staff are referred to by their control-database user id (no cross-database foreign keys).
import type { Kit } from "@dialect/kit";
import { GENDERS } from "./enums";

export type Allergy = { substance: string; reaction: string; severity: "MILD" | "MODERATE" | "SEVERE" };
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
      email: k.text("email").notNull().default(""),
      address: k.text("address").notNull().default(""),
      city: k.text("city").notNull().default(""),
      emergencyContact: k.json<EmergencyContact | null>("emergency_contact"),
      allergies: k.json<Allergy[]>("allergies").notNull(),
      chronicConditions: k.json<string[]>("chronic_conditions").notNull(),
      currentMedications: k.json<string[]>("current_medications").notNull(),
      insurance: k.json<Insurance | null>("insurance"),
      isVip: k.bool("is_vip").notNull().default(false),
      /** lower-case "last first" for stable ordering */
      sortName: k.searchKey("sort_name").notNull(),
      createdBy: k.id("created_by").notNull(),
      createdAt: k.timestamp("created_at").notNull(),
      updatedAt: k.timestamp("updated_at").notNull(),
    },
    (t) => [
      k.uniqueIndex("patients_mrn_uq").on(t.mrn),
      k.index("patients_phone_idx").on(t.phoneDigits),
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
    (t) => [k.primaryKey({ columns: [t.term, t.patientId] }), k.index("patient_name_terms_patient_idx").on(t.patientId)],
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
    },
    (t) => [k.index("phi_access_log_patient_idx").on(t.patientId, t.seq), k.index("phi_access_log_user_idx").on(t.userId, t.seq), k.index("phi_access_log_at_idx").on(t.at)],
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

  return { meta, counters, patients, patientNameTerms, phiAccessLog, hospitalAssets };
}
export type TenantSchema = ReturnType<typeof tenantSchema>;
