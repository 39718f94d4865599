// What a database dialect must provide. Exactly two implementations: db/sqlite/driver.ts and db/pg/driver.ts.
// Only these two files (and the tenant registry that calls them) ever open a database connection.
import path from "node:path";
import { readMigrationFiles, type MigrationMeta } from "drizzle-orm/migrator";
import type { Db } from "@dialect/kit";

export type DialectName = "sqlite" | "pg";
import type { ControlSchema } from "./schema/control";
import type { TenantSchema } from "./schema/tenant";

export type DbSet = "control" | "tenant";

export interface DbHandle {
  db: Db;
  close(): Promise<void>;
  /**
   * true when this client no longer reaches the database it was opened on (libsql: the file was deleted or
   * replaced by another file); the tenant registry then reopens instead of serving a ghost of the old file
   */
  isStale?(): boolean;
}

/**
 * How a database error concerns the database as a whole rather than one query:
 *   "broken"      — the client's connection or file is unusable (server gone or restarted, database dropped, file
 *                   deleted, truncated, corrupt or read-only): close the client, reopen on the next request;
 *   "unavailable" — the database is there but cannot serve just now (locked by another process, server starting or
 *                   out of connections): keep the client, answer 503;
 *   null          — an ordinary query error (a unique violation, a bad statement …).
 */
export type DatabaseFailure = "broken" | "unavailable" | null;

export interface MigrateResult {
  /** migrations applied by this call */
  applied: number;
  /** migrations applied in total: the schema version */
  version: number;
}

export interface Driver {
  readonly name: DialectName;
  readonly control: ControlSchema;
  readonly tenant: TenantSchema;
  openMain(): Promise<DbHandle>;
  /** opens an existing hospital database; never creates one */
  openTenant(code: string, server: string | null): Promise<DbHandle>;
  tenantExists(code: string, server: string | null): Promise<boolean>;
  /** creates the hospital database at the latest tenant schema; fails if it exists */
  createTenant(code: string, server: string | null): Promise<void>;
  dropTenant(code: string, server: string | null): Promise<void>;
  migrate(db: Db, set: DbSet): Promise<MigrateResult>;
  tenantSizeBytes(code: string, server: string | null): Promise<number | null>;
  isUniqueViolation(err: unknown): boolean;
  /** whether an error means the database itself failed (see DatabaseFailure) */
  databaseFailure(err: unknown): DatabaseFailure;
  /** writes a consistent copy of an open hospital database to `file` */
  backupTenant(db: Db, code: string, server: string | null, file: string): Promise<void>;
  /**
   * Replaces a hospital's database with the backup in `file`, after `check` has read the copy (its meta row) and
   * not thrown (`check` may also adjust the copy, e.g. raise its counters). The live database is swapped only once
   * the copy is complete. The caller must have closed every client of the hospital in every process first
   * (server/tenancy/maintenance.ts): a client left open would go on serving, and writing, the replaced database.
   */
  restoreTenant(code: string, server: string | null, file: string, check: (db: Db) => Promise<void>): Promise<void>;
  /** where a hospital's database lives, for operators */
  describeTenant(code: string, server: string | null): string;
}

/**
 * Test seam: called after each migration statement both drivers run (tenant and control sets, templates and
 * partial files alike). The fault tests set it in a child process to die with SIGKILL in the middle of a migration
 * (server/testing/crash-migrate.ts); nothing else sets it.
 */
export const migrationProbe: { onStatement?: (n: number) => void } = {};

const migrationCache = new Map<string, MigrationMeta[]>();

/** parsed migrations of one set, read from disk once per process */
export function migrationsOf(set: DbSet, dialect: DialectName): MigrationMeta[] {
  const key = `${set}/${dialect}`;
  let list = migrationCache.get(key);
  if (!list) {
    list = readMigrationFiles({ migrationsFolder: path.join(process.cwd(), "db", "migrations", set, dialect) });
    migrationCache.set(key, list);
  }
  return list;
}

/** walks an error and its causes (drizzle wraps driver errors) */
export function errorChain(err: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  let cur: unknown = err;
  for (let i = 0; cur && typeof cur === "object" && i < 5; i++) {
    out.push(cur as Record<string, unknown>);
    cur = (cur as { cause?: unknown }).cause;
  }
  return out;
}
