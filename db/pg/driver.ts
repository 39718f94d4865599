// Postgres driver: the main database is DATABASE_URL; hospital CODE lives in database zain_hms_<code> on the
// hospital's server (default: the DATABASE_URL server), created by CREATE DATABASE … TEMPLATE from a migrated
// template database that no pool ever stays connected to.
import { sql } from "drizzle-orm";
import { spawn } from "node:child_process";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
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
import { kit } from "../kit/pg";
import { controlSchema } from "../schema/control";
import { tenantSchema } from "../schema/tenant";

// Postgres returns int8 (count(*), sums) as strings by default; our numbers fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** arbitrary constant: serialises migrations of one database across processes */
const MIGRATION_LOCK = 7_314_227;

function mainUrl(): string {
  const url = config.databaseUrl;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

function connectionConfig(server: string | null, database?: string): pg.ClientConfig {
  const parsed = parseConnectionString(server ?? mainUrl());
  const cfg: pg.ClientConfig = {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: database ?? parsed.database ?? undefined,
    ssl: parsed.ssl as pg.ClientConfig["ssl"],
    application_name: "zain-hms",
  };
  return cfg;
}

export function mainDatabaseName(): string {
  return parseConnectionString(mainUrl()).database ?? "postgres";
}

export function tenantDatabaseName(code: string): string {
  if (!isCanonicalHospitalCode(code))
    throw new Error(`refusing to build a database name from hospital code ${JSON.stringify(code)}`);
  return `zain_hms_${code.toLowerCase()}`;
}

function templateName(): string {
  return `${mainDatabaseName()}__tenant_template`.slice(0, 63);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

const ignore = () => undefined;

async function withAdminClient<T>(server: string | null, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  // the main database on the DATABASE_URL server; the "postgres" database on any other server
  const client = new pg.Client(connectionConfig(server, server ? "postgres" : undefined));
  client.on("error", ignore); // a failure surfaces on the pending query instead
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A pool whose connections never crash the process when the server drops them (a restart, a database dropped
 * WITH (FORCE)): pg emits "error" on a checked-out client that sits between queries, and an "error" event without a
 * listener is an uncaught exception. The next query on such a client fails and is answered like any database error.
 */
function newPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", ignore); // an idle connection dropped by the server; the pool replaces it
  pool.on("connect", (client) => client.on("error", ignore));
  return pool;
}

function poolHandle(pool: pg.Pool): DbHandle {
  return {
    db: drizzle(pool) as unknown as Db,
    close: () => pool.end(),
  };
}

async function migrate(db: Db, set: DbSet): Promise<MigrateResult> {
  const migrations = migrationsOf(set, "pg");
  return (db as unknown as NodePgDatabase).transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(sql`CREATE SCHEMA IF NOT EXISTS drizzle`);
    await tx.execute(
      sql`CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
    );
    const done = await tx.execute<{ created_at: string }>(
      sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
    );
    const last = done.rows[0] ? Number(done.rows[0].created_at) : -1;
    let applied = 0;
    let statements = 0;
    for (const m of migrations) {
      if (m.folderMillis <= last) continue;
      for (const stmt of m.sql) {
        if (!stmt.trim()) continue;
        await tx.execute(sql.raw(stmt));
        migrationProbe.onStatement?.(++statements);
      }
      await tx.execute(
        sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${m.hash}, ${m.folderMillis})`,
      );
      applied++;
    }
    return { applied, version: migrations.length };
  });
}

async function databaseExists(server: string | null, name: string): Promise<boolean> {
  return withAdminClient(
    server,
    async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1,
  );
}

const templateReady = new Map<string, Promise<void>>();

/** creates (once) and migrates (once per process) the template; leaves no connection to it */
function ensureTemplate(server: string | null): Promise<void> {
  const key = server ?? "";
  let ready = templateReady.get(key);
  if (!ready) {
    ready = (async () => {
      const name = templateName();
      if (!(await databaseExists(server, name))) {
        await withAdminClient(server, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`)).catch((err) => {
          if (!errorChain(err).some((e) => e.code === "42P04")) throw err; // created meanwhile by another process
        });
      }
      const pool = newPool({ ...connectionConfig(server, name), max: 1 });
      try {
        await migrate(drizzle(pool) as unknown as Db, "tenant");
      } finally {
        await pool.end();
      }
    })();
    ready.catch(() => templateReady.delete(key));
    templateReady.set(key, ready);
  }
  return ready;
}

async function createTenant(code: string, server: string | null): Promise<void> {
  await ensureTemplate(server);
  const name = tenantDatabaseName(code);
  // Another process may be migrating the template this very moment ("being accessed by other users"): retry.
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdminClient(server, (c) =>
        c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateName())}`),
      );
      return;
    } catch (err) {
      const busy = errorChain(err).some((e) => e.code === "55006");
      if (!busy || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 100 + attempt * 50));
    }
  }
}

/** runs pg_dump / pg_restore against one database, credentials passed through the environment */
function pgTool(tool: string, args: string[], c: pg.ClientConfig, dbFlag = "--dbname"): Promise<void> {
  const env = {
    ...process.env,
    PGHOST: String(c.host ?? ""),
    PGPORT: String(c.port ?? 5432),
    PGUSER: String(c.user ?? ""),
    PGPASSWORD: String(c.password ?? ""),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `${dbFlag}=${c.database}`], { env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", (e) => reject(new Error(`${tool} could not run: ${e.message}`)));
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed: ${err.trim().split("\n")[0]}`)),
    );
  });
}

// SQLSTATEs of a database that is gone or whose server went away (class 08: connection exception; 57P01-57P02:
// terminated by an administrator or a crash, also by DROP DATABASE … WITH (FORCE) and a restart; 3D000: no such
// database), and of one that cannot take us just now (57P03: starting up or shutting down; 53300: too many
// connections). Node socket errors and pg's own "Connection terminated" carry no SQLSTATE.
const BROKEN_STATE = /^(08...|57P01|57P02|3D000)$/;
const BUSY_STATE = /^(57P03|53300|53400)$/;
const BROKEN_ERRNO = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/;
const BROKEN_TEXT =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Cannot use a pool after calling end|Client was closed|terminating connection/i;

function databaseFailure(err: unknown): DatabaseFailure {
  let busy = false;
  for (const e of errorChain(err)) {
    const code = typeof e.code === "string" ? e.code : "";
    const message = typeof e.message === "string" ? e.message : "";
    if (BROKEN_STATE.test(code) || BROKEN_ERRNO.test(code) || BROKEN_TEXT.test(message)) return "broken";
    if (BUSY_STATE.test(code)) busy = true;
    // AggregateError (every address of a host refused)
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.some((x) => databaseFailure(x) === "broken")) return "broken";
  }
  return busy ? "unavailable" : null;
}

export const pgDriver: Driver = {
  databaseFailure,
  name: "pg",
  control: controlSchema(kit as unknown as Kit),
  tenant: tenantSchema(kit as unknown as Kit),
  async openMain() {
    return poolHandle(newPool({ ...connectionConfig(null), max: 8, idleTimeoutMillis: 30_000 }));
  },
  async openTenant(code, server) {
    const name = tenantDatabaseName(code);
    const pool = newPool({
      ...connectionConfig(server, name),
      max: config.pgPoolMax,
      idleTimeoutMillis: 10_000,
      // a server that accepts the socket but never answers (stopping, overloaded) fails the request, never hangs it
      connectionTimeoutMillis: 10_000,
    });
    // fail now, not on first query, if the database is missing
    const client = await pool.connect().catch(async (err) => {
      await pool.end();
      throw err;
    });
    client.release();
    return poolHandle(pool);
  },
  tenantExists: (code, server) => databaseExists(server, tenantDatabaseName(code)),
  createTenant,
  async dropTenant(code, server) {
    const name = tenantDatabaseName(code);
    await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  },
  migrate,
  async tenantSizeBytes(code, server) {
    const name = tenantDatabaseName(code);
    return withAdminClient(server, async (c) => {
      const r = await c.query<{ size: string }>(
        "SELECT pg_database_size(datname) AS size FROM pg_database WHERE datname = $1",
        [name],
      );
      return r.rows[0] ? Number(r.rows[0].size) : null;
    });
  },
  isUniqueViolation(err) {
    return errorChain(err).some((e) => e.code === "23505");
  },
  async backupTenant(_db, code, server, file) {
    await pgTool(
      "pg_dump",
      ["--format=custom", "--no-owner", "--file", file],
      connectionConfig(server, tenantDatabaseName(code)),
    );
  },
  async restoreTenant(code, server, file, check) {
    const live = tenantDatabaseName(code);
    const staged = `${live}__restoring`;
    await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(staged)} WITH (FORCE)`));
    await withAdminClient(server, (c) => c.query(`CREATE DATABASE ${quoteIdent(staged)}`));
    try {
      await pgTool("pg_restore", ["--no-owner", "--exit-on-error", file], connectionConfig(server, staged), "--dbname");
      const pool = newPool({ ...connectionConfig(server, staged), max: 1 });
      try {
        await check(drizzle(pool) as unknown as Db);
      } finally {
        await pool.end();
      }
      await withAdminClient(server, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(live)} WITH (FORCE)`);
        await c.query(`ALTER DATABASE ${quoteIdent(staged)} RENAME TO ${quoteIdent(live)}`);
      });
    } catch (err) {
      await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(staged)} WITH (FORCE)`)).catch(
        () => undefined,
      );
      throw err;
    }
  },
  describeTenant(code, server) {
    const c = connectionConfig(server, tenantDatabaseName(code));
    return `postgres://${c.host ?? "localhost"}${c.port ? `:${c.port}` : ""}/${c.database}`;
  },
};

/** drops the template database (tests) */
export async function dropTemplate(server: string | null = null): Promise<void> {
  templateReady.delete(server ?? "");
  await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(templateName())} WITH (FORCE)`));
}
