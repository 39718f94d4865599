// Environment, read in one place (the database settings come from db/config.ts). Values are read on use, so tests
// and scripts can set them first.
import { dbConfig, intEnv } from "@/db/config";

export const config = {
  get databaseUrl(): string | undefined {
    return dbConfig.databaseUrl;
  },
  get dialect(): "sqlite" | "pg" {
    return dbConfig.dialect;
  },
  get dataDir(): string {
    return dbConfig.dataDir;
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
  /** how long a request waits for a free hospital database slot before HOSPITALS_BUSY (503) */
  get tenantWaitTimeoutMs(): number {
    return intEnv("TENANT_WAIT_TIMEOUT_MS", 5000);
  },
  /** connections per hospital pool on Postgres */
  get pgPoolMax(): number {
    return dbConfig.pgPoolMax;
  },
  /** connections all hospital pools of this process may hold together on Postgres */
  get pgConnectionBudget(): number {
    return intEnv("PG_CONNECTION_BUDGET", 60);
  },
  /** how often each app process refreshes its heartbeat and reads the hospitals' maintenance flags */
  get maintenancePollMs(): number {
    return intEnv("MAINTENANCE_POLL_MS", 2_000, 10);
  },
  /** how long a restore or move waits for every live app process to close the hospital's database */
  get maintenanceAckTimeoutMs(): number {
    return intEnv("MAINTENANCE_ACK_TIMEOUT_MS", 120_000, 10);
  },
  /** super admins must enrol two-step sign-in: by default in production; opted out only by an explicit "false" */
  get requireSuperAdminMfa(): boolean {
    const v = process.env.SUPERADMIN_MFA_REQUIRED;
    return v === "true" || (v !== "false" && this.isProduction);
  },
  /** how long a super admin's break-glass read access to one hospital lasts */
  get breakGlassMinutes(): number {
    return intEnv("BREAK_GLASS_MINUTES", 60, 1);
  },
  /** how long a one-time password reset or account setup code given from the console stays valid */
  get resetCodeHours(): number {
    return intEnv("RESET_CODE_HOURS", 72, 1);
  },
};
