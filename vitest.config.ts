// Three projects: unit (no database), and the same integration files twice — on libsql and on a real Postgres.
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

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    pool: "forks",
    maxWorkers: 2,
    env: { LOG_LEVEL: "silent", NODE_ENV: "test" },
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
    ],
  },
});
