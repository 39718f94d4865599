// Environment, read in one place. Values are read on use, so tests and scripts can set them first.
import path from "node:path";

function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got "${raw}")`);
  return n;
}

export const config = {
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL || undefined;
  },
  get dialect(): "sqlite" | "pg" {
    return process.env.DATABASE_URL ? "pg" : "sqlite";
  },
  get dataDir(): string {
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || "./data");
  },
  get rootDomain(): string {
    return (process.env.ROOT_DOMAIN || "localhost:3000").toLowerCase();
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === "production";
  },
  get redisUrl(): string | undefined {
    return process.env.REDIS_URL || undefined;
  },
  /** most tenant databases kept open at once */
  get tenantCacheSize(): number {
    return intEnv("TENANT_CACHE_SIZE", 200);
  },
  /** connections per hospital pool on Postgres */
  get pgPoolMax(): number {
    return intEnv("PG_POOL_MAX", 3);
  },
  /** connections all hospital pools of this process may hold together on Postgres */
  get pgConnectionBudget(): number {
    return intEnv("PG_CONNECTION_BUDGET", 60);
  },
  get requireSuperAdminMfa(): boolean {
    return process.env.SUPERADMIN_MFA_REQUIRED === "true";
  },
};
