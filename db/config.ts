// Database settings, read from the environment in one place. Values are read on use, so tests and scripts can set
// them first. server/config.ts adds the rest of the app's settings on top.
import path from "node:path";

export function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got "${raw}")`);
  return n;
}

export const dbConfig = {
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL || undefined;
  },
  get dialect(): "sqlite" | "pg" {
    return process.env.DATABASE_URL ? "pg" : "sqlite";
  },
  get dataDir(): string {
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || "./data");
  },
  /** connections per hospital pool on Postgres */
  get pgPoolMax(): number {
    return intEnv("PG_POOL_MAX", 3);
  },
};
