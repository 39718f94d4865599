// The demo hospital of a first development run: DEMO001 with one user per role and a few patients, plus a super
// admin. Never runs in production (see instrumentation.ts). Idempotent: an existing demo is left as it is.
import { eq } from "drizzle-orm";
import { control } from "@/db";
import type { HospitalRole } from "@/shared/enums";
import type { HospitalCtx, PlatformCtx } from "../context";
import { createAccount } from "../users/accounts";
import { withHospital } from "../tenancy";
import { createHospital } from "../tenancy/provision";
import { registerPatient } from "../patients/register";
import { patientFieldsSchema, type PatientFieldsInput } from "../../shared/patients/schemas";
import { defaultHospitalSettings } from "../../shared/hospitals/settings-schema";

export const DEMO_CODE = "DEMO001";
import { DEMO_PASSWORD, SUPERADMIN } from "./passwords";
export { DEMO_PASSWORD, SUPERADMIN };

export const DEMO_USERS: Array<{ role: HospitalRole; username: string; firstName: string; lastName: string }> = [
  { role: "ADMIN", username: "admin", firstName: "Amina", lastName: "Haddad" },
  { role: "DOCTOR", username: "doctor", firstName: "Omar", lastName: "Farouk" },
  { role: "NURSE", username: "nurse", firstName: "Layla", lastName: "Nasser" },
  { role: "RECEPTIONIST", username: "reception", firstName: "Sara", lastName: "Khalil" },
  { role: "PHARMACIST", username: "pharmacist", firstName: "Yusuf", lastName: "Saleh" },
  { role: "LAB_TECHNICIAN", username: "labtech", firstName: "Hana", lastName: "Aziz" },
  { role: "RADIOLOGIST", username: "radiologist", firstName: "Karim", lastName: "Mansour" },
  { role: "ACCOUNTANT", username: "accountant", firstName: "Nadia", lastName: "Rahman" },
];

const DEMO_PATIENTS: PatientFieldsInput[] = [
  {
    firstName: "John",
    lastName: "Smith",
    dateOfBirth: "1980-04-12",
    gender: "M",
    phone: "+1 555 0101",
    bloodGroup: "O+",
    allergies: [{ substance: "Penicillin", reaction: "Rash", severity: "MODERATE" }],
  },
  {
    firstName: "Maria",
    lastName: "Garcia",
    dateOfBirth: "1992-09-30",
    gender: "F",
    phone: "+1 555 0102",
    chronicConditions: ["Asthma"],
  },
  {
    firstName: "Ahmed",
    lastName: "Al-Rashid",
    dateOfBirth: "1965-01-05",
    gender: "M",
    phone: "+1 555 0103",
    chronicConditions: ["Type 2 diabetes", "Hypertension"],
    currentMedications: ["Metformin 500 mg"],
  },
  { firstName: "Fatima", lastName: "Zahra", dateOfBirth: "2001-12-18", gender: "F", phone: "+1 555 0104" },
  {
    firstName: "Chen",
    lastName: "Wei",
    dateOfBirth: "1975-06-21",
    gender: "M",
    phone: "+1 555 0105",
    allergies: [{ substance: "Peanuts", reaction: "Anaphylaxis", severity: "SEVERE" }],
    isVip: true,
  },
  { firstName: "Priya", lastName: "Sharma", dateOfBirth: "1988-03-03", gender: "F", phone: "+1 555 0106" },
];

export type DemoSummary = {
  created: boolean;
  hospitalCode: string;
  superadmin: typeof SUPERADMIN;
  users: Array<{ role: string; username: string }>;
  password: string;
};

export async function seedDemo({ main }: Pick<PlatformCtx, "main">): Promise<DemoSummary> {
  // its passwords are published: a production server must never get these accounts
  if (process.env.NODE_ENV === "production") throw new Error("the demo seed never runs in production");
  const summary: DemoSummary = {
    created: false,
    hospitalCode: DEMO_CODE,
    superadmin: SUPERADMIN,
    users: DEMO_USERS.map((u) => ({ role: u.role, username: u.username })),
    password: DEMO_PASSWORD,
  };
  const [existing] = await main
    .select({ id: control.hospitals.id, status: control.hospitals.status })
    .from(control.hospitals)
    .where(eq(control.hospitals.code, DEMO_CODE));
  if (existing?.status === "ACTIVE") return summary;

  const [sa] = await main
    .select({ id: control.users.id })
    .from(control.users)
    .where(eq(control.users.username, SUPERADMIN.username));
  if (!sa) {
    await createAccount(
      { main },
      {
        hospital: null,
        role: "SUPERADMIN",
        username: SUPERADMIN.username,
        email: "superadmin@zainhms.test",
        password: SUPERADMIN.password,
        firstName: "Zain",
        lastName: "Operator",
      },
    );
  }
  const admin = DEMO_USERS[0]!;
  const { id: hospitalId } = await createHospital({
    name: "Demo General Hospital",
    code: DEMO_CODE,
    email: "info@demo-hospital.test",
    phone: "+1 555 0100",
    address: "1 Harbour Road",
    city: "Springfield",
    state: "",
    country: "United States",
    plan: "PROFESSIONAL",
    admin: {
      username: admin.username,
      email: "admin@demo-hospital.test",
      password: DEMO_PASSWORD,
      firstName: admin.firstName,
      lastName: admin.lastName,
    },
  });
  const hospital = { id: hospitalId, name: "Demo General Hospital", code: DEMO_CODE };
  for (const u of DEMO_USERS.slice(1)) {
    await createAccount(
      { main },
      {
        hospital,
        role: u.role,
        username: u.username,
        email: `${u.username}@demo-hospital.test`,
        password: DEMO_PASSWORD,
        firstName: u.firstName,
        lastName: u.lastName,
      },
    );
  }
  const [receptionist] = await main
    .select({ id: control.users.id })
    .from(control.users)
    .where(eq(control.users.username, "reception"));
  await withHospital(DEMO_CODE, async (db) => {
    const ctx: HospitalCtx = {
      db,
      main,
      actor: { userId: receptionist!.id, role: "RECEPTIONIST", username: "reception", name: "Sara Khalil", ip: "seed" },
      hospital: {
        ...hospital,
        plan: "PROFESSIONAL",
        status: "ACTIVE",
        subscriptionEndsAt: null,
        settings: defaultHospitalSettings(DEMO_CODE),
      },
    };
    for (const p of DEMO_PATIENTS) await registerPatient(ctx, patientFieldsSchema.parse(p));
  });
  return { ...summary, created: true };
}
