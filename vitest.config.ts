// Projects: unit (no database), the same integration files twice — on libsql and on a real Postgres — and the fault
// tests on each.
// scripts/test.ts fails the run if either integration project ran no tests.
import path from "node:path";
import { defineConfig } from "vitest/config";

const integration = (dialect: "sqlite" | "pg") => ({
  extends: true as const,
  test: {
    name: dialect === "pg" ? "pg" : "libsql",
    include: ["server/**/*.int.test.ts", "scripts/**/*.int.test.ts", "app/**/*.int.test.ts"],
    setupFiles: ["server/testing/setup-integration.ts"],
    env: { ZAIN_TEST_DIALECT: dialect },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

// Fault tests (server/**/*.fault.test.ts): a hospital's database broken in every way we know (file deleted,
// truncated, locked, read-only; database dropped; server restarted; kill -9 while provisioning or migrating), on each
// dialect. Each file holds its own faults; files run one at a time (they restart servers and hold locks).
const faults = (dialect: "sqlite" | "pg") => ({
  extends: true as const,
  test: {
    name: dialect === "pg" ? "faults-pg" : "faults-libsql",
    include: ["server/**/*.fault.test.ts"],
    setupFiles: ["server/testing/setup-integration.ts"],
    env: { ZAIN_TEST_DIALECT: dialect },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    pool: "forks",
    maxWorkers: 2,
    // LOG_LEVEL and LOG_DIR from the runner: `pnpm test` writes the integration suites' server log to files and scans it
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent", NODE_ENV: "test" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "server/**/*.unit.test.ts",
            "db/**/*.unit.test.ts",
            "components/**/*.unit.test.ts",
            "shared/**/*.unit.test.ts",
            "scripts/**/*.unit.test.ts",
          ],
        },
      },
      integration("sqlite"),
      integration("pg"),
      faults("sqlite"),
      faults("pg"),
    ],
  },
});
