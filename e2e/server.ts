// The server of the end-to-end tests: a fresh data directory (libsql), the demo hospital, a second hospital for
// cross-hospital checks, then `next start` on the e2e port. Requires a prior `next build`.
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
});
delete process.env.DATABASE_URL;

const { seedDemo } = await import("../server/seed/demo");
const { createHospital } = await import("../server/tenancy/provision");
const { createAccount } = await import("../server/users/accounts");
const { closeMainDb, mainDb } = await import("../server/tenancy/main-db");
const { control } = await import("../db");
const { eq } = await import("drizzle-orm");
const { closeTenantRegistry } = await import("../server/tenancy");

await seedDemo();
const other = await createHospital({
  name: "Other Valley Hospital",
  code: E2E.otherCode,
  email: "info@other.test",
  plan: "BASIC",
  admin: { username: "admin", email: "admin@other.test", password: E2E.password, firstName: "Olga", lastName: "Other" },
});
await createAccount({
  hospital: { id: other.id, name: "Other Valley Hospital", code: E2E.otherCode },
  role: "DOCTOR",
  username: "doctor",
  email: "doctor@other.test",
  password: E2E.password,
  firstName: "Otto",
  lastName: "Other",
});
// accounts of their own for the suites that lock or change an account, so parallel suites never disturb each other
const [demo] = await (await mainDb()).select().from(control.hospitals).where(eq(control.hospitals.code, E2E.demoCode));
const demoRef = { id: demo!.id, name: demo!.name, code: E2E.demoCode };
for (const u of E2E.ownUsers) {
  await createAccount({
    hospital: demoRef,
    role: u.role,
    username: u.username,
    email: `${u.username}@demo.test`,
    password: E2E.password,
    firstName: u.firstName,
    lastName: "Tester",
  });
}
await closeTenantRegistry();
await closeMainDb();

const child = spawn("pnpm", ["exec", "next", "start", "-p", String(E2E.port)], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
