// The server of the end-to-end tests: a fresh data directory (libsql), the demo hospital, a second hospital for
// cross-hospital checks, then `pnpm start` (the production server, scripts/start.ts) on the e2e port. Requires a
// prior `next build`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E } from "./env";

const dataDir = path.resolve(".tmp/e2e-data");
fs.rmSync(dataDir, { recursive: true, force: true });
Object.assign(process.env, {
  DATA_DIR: dataDir,
  ROOT_DOMAIN: E2E.rootDomain,
  AUTH_SECRET: "e2e-secret-not-for-production-use-0123456789",
  LOG_LEVEL: "warn",
  METRICS_TOKEN: E2E.metricsToken,
});
delete process.env.DATABASE_URL;

const { seedDemo } = await import("../server/seed/demo");
const { createHospital } = await import("../server/tenancy/provision");
const { createAccount } = await import("../server/users/accounts");
const { closeMainDb, mainDb } = await import("../server/tenancy/main-db");
const { control } = await import("../db");
const { eq } = await import("drizzle-orm");
const { closeTenantRegistry } = await import("../server/tenancy");

await seedDemo({ main: await mainDb() });
const other = await createHospital({
  name: "Other Valley Hospital",
  code: E2E.otherCode,
  email: "info@other.test",
  plan: "BASIC",
  admin: { username: "admin", email: "admin@other.test", password: E2E.password, firstName: "Olga", lastName: "Other" },
});
await createAccount(
  { main: await mainDb() },
  {
    hospital: { id: other.id, name: "Other Valley Hospital", code: E2E.otherCode },
    role: "DOCTOR",
    username: "doctor",
    email: "doctor@other.test",
    password: E2E.password,
    firstName: "Otto",
    lastName: "Other",
  },
);
// accounts of their own for the suites that lock or change an account, so parallel suites never disturb each other
const [demo] = await (await mainDb()).select().from(control.hospitals).where(eq(control.hospitals.code, E2E.demoCode));
const demoRef = { id: demo!.id, name: demo!.name, code: E2E.demoCode };
for (const u of E2E.ownUsers) {
  await createAccount(
    { main: await mainDb() },
    {
      hospital: demoRef,
      role: u.role,
      username: u.username,
      email: `${u.username}@demo.test`,
      password: E2E.password,
      firstName: u.firstName,
      lastName: "Tester",
    },
  );
}
// an Arabic-speaking TRIAL hospital at its patient limit: errors must reach its staff in Arabic
const noor = await createHospital({
  name: "Noor Hospital",
  code: E2E.arabicCode,
  email: "info@noor.test",
  plan: "TRIAL",
  admin: { username: "admin", email: "admin@noor.test", password: E2E.password, firstName: "Nadia", lastName: "Noor" },
});
const [noorRow] = await (await mainDb()).select().from(control.hospitals).where(eq(control.hospitals.id, noor.id));
await (
  await mainDb()
)
  .update(control.hospitals)
  .set({ settings: { ...noorRow!.settings, locale: "ar", timezone: "Asia/Muscat", currency: "OMR" } })
  .where(eq(control.hospitals.id, noor.id));
await createAccount(
  { main: await mainDb() },
  {
    hospital: { id: noor.id, name: "Noor Hospital", code: E2E.arabicCode },
    role: "RECEPTIONIST",
    username: "reception",
    email: "reception@noor.test",
    password: E2E.password,
    firstName: "Rana",
    lastName: "Noor",
  },
);
await createAccount(
  { main: await mainDb() },
  {
    hospital: { id: noor.id, name: "Noor Hospital", code: E2E.arabicCode },
    role: "DOCTOR",
    username: "doctor",
    email: "doctor@noor.test",
    password: E2E.password,
    firstName: "Dana",
    lastName: "Noor",
  },
);
const { withHospital } = await import("../server/tenancy");
const { tenant } = await import("../db");
const { newId } = await import("../db/id");
const { PLAN_RULES } = await import("../shared/hospitals/plans");
await withHospital(E2E.arabicCode, async (db) => {
  const now = new Date();
  const rows = Array.from({ length: PLAN_RULES.TRIAL.maxPatients! }, (_, i) => ({
    id: newId(),
    mrn: `NOOR-${String(i + 1).padStart(6, "0")}`,
    firstName: "Salim",
    lastName: `Patient${i + 1}`,
    dateOfBirth: "1980-01-01",
    gender: "M" as const,
    // the first has a severe penicillin allergy, recorded in Arabic (e2e/allergy.spec.ts)
    allergies:
      i === 0
        ? [{ substance: "بنسلين", reaction: "صدمة تحسسية", severity: "SEVERE" as const, allergen: "penicillins" }]
        : [],
    chronicConditions: [],
    currentMedications: [],
    sortName: `patient${i + 1} salim`,
    createdBy: noor.id,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < rows.length; i += 25) await db.insert(tenant.patients).values(rows.slice(i, i + 25));
});
await closeTenantRegistry();
await closeMainDb();

const child = spawn("pnpm", ["start"], {
  stdio: "inherit",
  // the explicit opt-out of two-step sign-in for super admins (required by default in production): the console specs
  // sign in with a password only; the requirement itself is tested in server/auth/superadmin-mfa.int.test.ts
  env: { ...process.env, NODE_ENV: "production", PORT: String(E2E.port), SUPERADMIN_MFA_REQUIRED: "false" },
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
