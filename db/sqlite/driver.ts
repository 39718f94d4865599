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
import {
  errorChain,
  migrationProbe,
  migrationsOf,
  type DatabaseFailure,
  type DbHandle,
  type DbSet,
  type Driver,
  type MigrateResult,
} from "../driver";
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
  const opened = identity(file);
  // opened while the file could not be written (read-only, immutable): SQLite then opened it read-only for good
  const writableAtOpen = writable(file);
  let looked: { size: number; mtimeMs: number } | null = null;
  let cutShort = false;
  return {
    db,
    close: async () => client.close(),
    // One stat per lease. A client keeps reading a deleted (or renamed-over) file, and serves pages it cached from
    // a file cut short: either way it would serve a ghost, not the file now at this path. A client opened
    // read-only is reopened once the file can be written again.
    isStale: () => {
      const now = identity(file);
      if (!opened || !now || now.dev !== opened.dev || now.ino !== opened.ino) return true;
      if (now.size !== looked?.size || now.mtimeMs !== looked.mtimeMs) {
        looked = { size: now.size, mtimeMs: now.mtimeMs };
        cutShort = shorterThanItsHeader(file, now.size);
      }
      return cutShort || (!writableAtOpen && writable(file));
    },
  };
}

function identity(file: string): { dev: number; ino: number; size: number; mtimeMs: number } | null {
  try {
    const st = fs.statSync(/*turbopackIgnore: true*/ file);
    return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(/*turbopackIgnore: true*/ file, fs.constants.W_OK); // refused for root too when immutable
    return true;
  } catch {
    return false;
  }
}

const SQLITE_MAGIC = "SQLite format 3\0";

/**
 * whether the file is smaller than the size its header declares (or has no valid header): it was cut short. (In
 * the middle of a checkpoint it can be so for a moment; the cost of that rare false alarm is one reopen.)
 */
function shorterThanItsHeader(file: string, size: number): boolean {
  if (size === 0) return false; // never written yet
  const header = Buffer.alloc(100);
  let fd: number | undefined;
  try {
    fd = fs.openSync(/*turbopackIgnore: true*/ file, "r");
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return true;
  } catch {
    return false; // unreadable now: the next query says why
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (header.toString("latin1", 0, 16) !== SQLITE_MAGIC) return true;
  if (header.readUInt32BE(92) !== header.readUInt32BE(24)) return false; // the size field is not kept up to date
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65_536 : raw;
  return header.readUInt32BE(28) * pageSize > size;
}

// SQLite result codes (and our own open error) that mean the file itself is unusable, or only busy
const BROKEN_CODE = /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|READONLY|FULL|PERM|AUTH)/;
const BROKEN_TEXT =
  /database file missing|database disk image is malformed|file is not a database|disk I\/O error|unable to open database|attempt to write a readonly database|database or disk is full/i;
const BUSY_CODE = /^SQLITE_BUSY/;
const BUSY_TEXT = /database is locked|database table is locked|SQL statements in progress/i;

/**
 * A locked file (SQLITE_BUSY after the busy timeout) counts as broken too, not merely unavailable: the client
 * library can leave a statement of the failed transaction in progress on its connection, and every later COMMIT on
 * that connection then fails ("cannot commit transaction - SQL statements in progress") — so the client is
 * retired and the next request gets a fresh one (found by the fault tests).
 */
function databaseFailure(err: unknown): DatabaseFailure {
  for (const e of errorChain(err)) {
    const code = typeof e.code === "string" ? e.code : "";
    const message = typeof e.message === "string" ? e.message : "";
    if (BROKEN_CODE.test(code) || BROKEN_TEXT.test(message)) return "broken";
    if (BUSY_CODE.test(code) || BUSY_TEXT.test(message)) return "broken";
  }
  return null;
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
    let statements = 0;
    for (const m of migrations) {
      if (m.folderMillis <= last) continue;
      for (const stmt of m.sql) {
        if (!stmt.trim()) continue;
        await tx.run(sql.raw(stmt));
        migrationProbe.onStatement?.(++statements);
      }
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
  // Built with a rollback journal, switched to WAL only under its final name. SQLite shares one WAL index per
  // inode within a process, opened by the first connection and kept while any connection — even one closed but
  // not yet freed — uses the inode: a file built in WAL mode and renamed would go on using the deleted
  // "<name>.partial-shm" in this process while every other process uses "<name>-shm", two WAL indexes for one
  // database (writers of both processes at once). Found by the fault tests (server/tenancy/*.fault.test.ts).
  const h = open(partial, { create: true });
  try {
    await migrate(h.db, "tenant");
  } finally {
    await h.close();
  }
  for (const f of [`${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(partial, file);
  await switchToWal(file);
}

/** switches a database file to WAL mode through a connection on its final name (see createTenant) */
async function switchToWal(file: string): Promise<void> {
  const h = open(file, { create: false });
  try {
    await native(h.db).run(sql`PRAGMA journal_mode=WAL`);
  } finally {
    await h.close();
  }
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
    const h = open(tenantFile(code), { create: false });
    try {
      // a no-op on a WAL file; switches one left in rollback-journal mode (a crash right after createTenant's rename)
      await native(h.db).run(sql`PRAGMA journal_mode=WAL`);
    } catch (err) {
      await h.close();
      throw err;
    }
    return h;
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
  databaseFailure,
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
        await native(h.db).run(sql`PRAGMA journal_mode=DELETE`); // WAL only under the final name (createTenant)
        await check(h.db);
      } finally {
        await h.close();
      }
      for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
      fs.renameSync(staged, target);
      await switchToWal(target);
    } finally {
      for (const f of [staged, `${staged}-wal`, `${staged}-shm`]) fs.rmSync(f, { force: true });
    }
  },
};
