// Runs before every integration test file, in that file's own process: a fresh DATA_DIR and, for the pg project,
// a fresh uniquely named main database on the local Postgres (TEST_DATABASE_URL). Everything the file created —
// hospital databases, the template, the main database, the directory — is dropped afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { withPgAdmin } from "@/db/pg/admin";
import { afterAll } from "vitest";

const dialect = process.env.ZAIN_TEST_DIALECT;
if (dialect !== "sqlite" && dialect !== "pg") throw new Error("ZAIN_TEST_DIALECT must be sqlite or pg");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "zain-test-"));
process.env.DATA_DIR = dataDir;
process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
process.env.ROOT_DOMAIN = "zain.test";
process.env.PG_POOL_MAX = "2";
delete process.env.REDIS_URL;

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let mainName: string | null = null;

if (dialect === "pg") {
  mainName = `zt_${randomBytes(6).toString("hex")}`;
  const name = mainName;
  await withPgAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`)).catch((err: Error) => {
    // never skip: a missing Postgres fails the pg suite loudly
    throw new Error(
      `pg integration suite: cannot reach Postgres at ${adminUrl} (${err.message}). Start it or set TEST_DATABASE_URL.`,
    );
  });
  const u = new URL(adminUrl);
  u.pathname = `/${mainName}`;
  process.env.DATABASE_URL = u.toString();
} else {
  delete process.env.DATABASE_URL;
}

afterAll(async () => {
  const { closeTenantRegistry } = await import("../tenancy");
  const { closeMainDb, mainDb } = await import("../tenancy/main-db");
  let codes: string[] = [];
  if (mainName) {
    const { control } = await import("@/db");
    try {
      codes = (await (await mainDb()).select({ code: control.hospitals.code }).from(control.hospitals)).map(
        (r) => r.code,
      );
    } catch {
      /* main database never opened */
    }
  }
  await closeTenantRegistry();
  await closeMainDb();
  if (mainName) {
    const { pgDriver, dropTemplate } = await import("@/db/pg/driver");
    // a few at a time: the registry suite leaves hundreds of databases behind
    const queue = [...codes];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let code = queue.shift(); code; code = queue.shift()) await pgDriver.dropTenant(code, null);
      }),
    );
    await dropTemplate();
    const name = mainName;
    await withPgAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 900_000);
