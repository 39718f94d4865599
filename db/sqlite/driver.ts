// libsql (embedded SQLite) driver: data/main.sqlite3 and data/hospitals/<CODE>/db.sqlite3, WAL mode, busy timeout,
// writes queued per file.
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { sql } from "drizzle-orm";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import type { Db, Kit } from "@dialect/kit";
import { dbConfig as config } from "../config";
import { isCanonicalHospitalCode } from "../../shared/codes";
import { errorChain, migrationsOf, type DbHandle, type DbSet, type Driver, type MigrateResult } from "../driver";
import { kit } from "../kit/sqlite";
import { controlSchema } from "../schema/control";
import { tenantSchema } from "../schema/tenant";
import { lockedClient } from "./locked-client";

const BUSY_TIMEOUT_MS = 5_000;

type Native = LibSQLDatabase;
const native = (db: Db) => db as unknown as Native;

function open(file: string, { create }: { create: boolean }): DbHandle {
  if (!create && !fs.existsSync(file)) throw new Error(`database file missing: ${file}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = lockedClient(createClient({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS, concurrency: 2 }));
  const db = drizzle(client) as unknown as Db;
  return {
    db,
    close: async () => client.close(),
  };
}

/** the file of a hospital's database; the code is re-checked here because it becomes a path */
export function tenantFile(code: string): string {
  if (!isCanonicalHospitalCode(code))
    throw new Error(`refusing to build a path from hospital code ${JSON.stringify(code)}`);
  const root = path.join(config.dataDir, "hospitals");
  const file = path.join(root, code, "db.sqlite3");
  if (!file.startsWith(root + path.sep)) throw new Error("hospital database path escapes DATA_DIR");
  return file;
}

async function migrate(db: Db, set: DbSet): Promise<MigrateResult> {
  const migrations = migrationsOf(set, "sqlite");
  return native(db).transaction(async (tx) => {
    await tx.run(
      sql`CREATE TABLE IF NOT EXISTS __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    const done = await tx.all<{ created_at: number }>(
      sql`SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
    );
    const last = done[0] ? Number(done[0].created_at) : -1;
    let applied = 0;
    for (const m of migrations) {
      if (m.folderMillis <= last) continue;
      for (const stmt of m.sql) if (stmt.trim()) await tx.run(sql.raw(stmt));
      await tx.run(sql`INSERT INTO __drizzle_migrations (hash, created_at) VALUES (${m.hash}, ${m.folderMillis})`);
      applied++;
    }
    return { applied, version: migrations.length };
  });
}

async function createTenant(code: string): Promise<void> {
  const file = tenantFile(code);
  if (fs.existsSync(file)) throw new Error(`hospital database already exists: ${file}`);
  // Built under a temporary name and renamed into place: a crash leaves no half-made db.sqlite3.
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  const h = open(partial, { create: true });
  try {
    await native(h.db).run(sql`PRAGMA journal_mode=WAL`);
    await migrate(h.db, "tenant");
    await native(h.db).run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  } finally {
    await h.close();
  }
  for (const f of [`${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(partial, file);
}

export const sqliteDriver: Driver = {
  name: "sqlite",
  control: controlSchema(kit as unknown as Kit),
  tenant: tenantSchema(kit as unknown as Kit),
  async openMain() {
    const h = open(path.join(config.dataDir, "main.sqlite3"), { create: true });
    await native(h.db).run(sql`PRAGMA journal_mode=WAL`);
    return h;
  },
  async openTenant(code) {
    return open(tenantFile(code), { create: false });
  },
  async tenantExists(code) {
    return fs.existsSync(tenantFile(code));
  },
  async createTenant(code) {
    await createTenant(code);
  },
  async dropTenant(code) {
    fs.rmSync(path.dirname(tenantFile(code)), { recursive: true, force: true });
  },
  migrate,
  async tenantSizeBytes(code) {
    const file = tenantFile(code);
    let total = 0;
    for (const f of [file, `${file}-wal`]) {
      try {
        total += fs.statSync(/*turbopackIgnore: true*/ f).size;
      } catch {
        /* absent */
      }
    }
    return total || null;
  },
  isUniqueViolation(err) {
    return errorChain(err).some(
      (e) =>
        (typeof e.code === "string" && /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(e.code as string)) ||
        (typeof e.message === "string" && /UNIQUE constraint failed/.test(e.message as string)),
    );
  },
  describeTenant(code) {
    return tenantFile(code);
  },
  async backupTenant(db, _code, _server, file) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    if (fs.existsSync(file)) throw new Error(`${file} exists; refusing to overwrite it`);
    await native(db).run(sql`VACUUM INTO ${path.resolve(file)}`);
  },
  async restoreTenant(code, _server, file, check) {
    const target = tenantFile(code);
    const staged = `${target}.restoring`;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, staged);
    try {
      const h = open(staged, { create: false });
      try {
        await check(h.db);
        await native(h.db).run(sql`PRAGMA journal_mode=WAL`);
      } finally {
        await h.close();
      }
      for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
      fs.renameSync(staged, target);
    } finally {
      for (const f of [staged, `${staged}-wal`, `${staged}-shm`]) fs.rmSync(f, { force: true });
    }
  },
};
