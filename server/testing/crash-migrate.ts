// Test helper process: provisions a hospital and dies (SIGKILL, no cleanup) in the middle of its tenant migration,
// right after the migration's statement number N has run (libsql: inside the transaction that builds the new file;
// Postgres: inside the transaction that migrates the tenant template on that server).
// Usage: tsx server/testing/crash-migrate.ts CODE N [DB_SERVER]
import { eq } from "drizzle-orm";
import { control } from "@/db";
import { migrationProbe } from "@/db/driver";
import { TEST_PASSWORD } from "./fixtures";
import { mainDb } from "../tenancy/main-db";
import { createHospital } from "../tenancy/provision";

const [code, n, server] = process.argv.slice(2) as [string, string, string | undefined];
await mainDb(); // the main database's own migration (if any) is not the one to interrupt
migrationProbe.onStatement = (i) => void (i === Number(n) && process.kill(process.pid, "SIGKILL"));
await createHospital(
  {
    name: `Crash ${code}`,
    code,
    email: "crash@hospital.test",
    plan: "BASIC",
    admin: { username: "chief", email: "chief@hospital.test", password: TEST_PASSWORD, firstName: "C", lastName: "A" },
  },
  {
    afterStep: async (s) => {
      if (s === "control-row" && server)
        await (
          await mainDb()
        )
          .update(control.hospitals)
          .set({ dbServer: server })
          .where(eq(control.hospitals.code, code));
    },
  },
);
console.log("finished without crashing");
