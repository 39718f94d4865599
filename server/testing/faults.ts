// Helpers of the fault tests (server/**/*.fault.test.ts): raw HTTP calls that report the real status and error
// code, hospitals placed on a chosen database server, a throw-away Postgres cluster, a process that locks a libsql
// file, and immutable files (how a file is made read-only for root).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { control } from "@/db";
import { mainDb } from "../tenancy/main-db";
import { createHospital } from "../tenancy/provision";
import { cookieFor, hospitalHost, TEST_PASSWORD, uniqueCode, type TestHospital } from "./fixtures";
import { hostFetch } from "./http";

export type Answer = { status: number; appCode?: string; message?: string; names?: string[] };

async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: { result?: { data?: unknown }; error?: { json?: { message?: string; data?: { appCode?: string } } } };
  try {
    body = JSON.parse(text);
  } catch {
    return { status: res.status, message: text.slice(0, 200) };
  }
  if (body.error)
    return { status: res.status, appCode: body.error.json?.data?.appCode, message: body.error.json?.message };
  const data = superjson.deserialize(body.result!.data as never) as { items?: Array<{ firstName: string }> } | null;
  return { status: res.status, names: data?.items?.map((p) => p.firstName).sort() };
}

/** patient.list over HTTP on a hospital's host */
export async function listPatients(port: number, host: string, cookie: string): Promise<Answer> {
  const input = encodeURIComponent(JSON.stringify(superjson.serialize({ limit: 100 })));
  const res = await hostFetch(port, host, cookie)(`http://${host}/api/trpc/patient.list?input=${input}`);
  return answerOf(res);
}

/** patient.create over HTTP on a hospital's host */
export async function createPatient(port: number, host: string, cookie: string, firstName: string): Promise<Answer> {
  const res = await hostFetch(
    port,
    host,
    cookie,
  )(`http://${host}/api/trpc/patient.create`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(superjson.serialize({ firstName, lastName: "Fault", dateOfBirth: "1980-01-01", gender: "O" })),
  });
  return answerOf(res);
}

export type FaultHospital = TestHospital & { cookie: string };

/**
 * A hospital with its admin signed in; `dbServer` (Postgres) places its database on another server: the control
 * row's db_server is set right after it is written, before the database step reads it (as an operator would).
 */
export async function faultHospital(opts: { dbServer?: string; prefix?: string } = {}): Promise<FaultHospital> {
  const code = uniqueCode(opts.prefix ?? "F");
  const name = `Fault Hospital ${code}`;
  const r = await createHospital(
    {
      name,
      code,
      email: `info@${code.toLowerCase()}.test`,
      plan: "PROFESSIONAL",
      admin: {
        username: "admin",
        email: `admin@${code.toLowerCase()}.test`,
        password: TEST_PASSWORD,
        firstName: "Ada",
        lastName: "Admin",
      },
    },
    {
      afterStep: async (step) => {
        if (step === "control-row" && opts.dbServer)
          await (
            await mainDb()
          )
            .update(control.hospitals)
            .set({ dbServer: opts.dbServer })
            .where(eq(control.hospitals.code, code));
      },
    },
  );
  const main = await mainDb();
  const [u] = await main.select({ id: control.users.id }).from(control.users).where(eq(control.users.hospitalId, r.id));
  const host = hospitalHost(code);
  return {
    id: r.id,
    code,
    host,
    name,
    admin: { id: u!.id, username: "admin", password: TEST_PASSWORD, role: "ADMIN" },
    cookie: await cookieFor(host, { username: "admin" }),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** runs a Postgres tool as user postgres (initdb refuses root), without blocking this process's event loop */
function asPostgres(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("runuser", ["-u", "postgres", "--", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed: ${out}`))));
  });
}

/**
 * A second, throw-away Postgres cluster (initdb as user postgres, trust auth, a free port, data under the temp
 * directory): the shared server at 127.0.0.1:5432 is never restarted by a test.
 */
export class ThrowAwayPostgres {
  dir = "";
  port = 0;

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  #ctl(...args: string[]): Promise<void> {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    return asPostgres([`${PG_BIN}/pg_ctl`, "-D", `${this.dir}/data`, "-o", opts, "-l", `${this.dir}/log`, ...args]);
  }

  async start(): Promise<void> {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "zain-fault-pg-"));
    this.port = await freePort();
    fs.chmodSync(this.dir, 0o700);
    spawnSync("chown", ["postgres:", this.dir]);
    await asPostgres([`${PG_BIN}/initdb`, "-D", `${this.dir}/data`, "-A", "trust", "-U", "postgres", "--no-sync"]);
    await this.#ctl("-w", "start");
  }

  /** pg_ctl restart -m fast: every connection is cut; resolves once the server accepts connections again */
  restart(): Promise<void> {
    return this.#ctl("-m", "fast", "-w", "restart");
  }

  stop(): Promise<void> {
    return this.#ctl("-m", "fast", "-w", "stop");
  }

  startAgain(): Promise<void> {
    return this.#ctl("-w", "start");
  }

  /** stops the cluster (if it runs) and deletes it; also when a test failed half-way */
  destroy(): void {
    if (!this.dir) return;
    spawnSync("runuser", [
      "-u",
      "postgres",
      "--",
      `${PG_BIN}/pg_ctl`,
      "-D",
      `${this.dir}/data`,
      "-m",
      "immediate",
      "stop",
    ]);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Another process that holds a libsql file's write lock: a write transaction kept open until release().
 * (In WAL mode readers are not blocked by it — only by a process using locking_mode=EXCLUSIVE, which SQLite grants
 * only when no other process has the file open, so a running app can never be locked out of reading that way.)
 */
export async function lockFileElsewhere(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    import { createClient } from "@libsql/client";
    const c = createClient({ url: "file:" + process.argv[1] });
    const tx = await c.transaction("write");
    await tx.execute("UPDATE meta SET migrated_at = migrated_at WHERE id = 1");
    console.log("locked");
    process.stdin.on("data", () => {});
    process.stdin.on("end", async () => { await tx.rollback(); c.close(); process.exit(0); });
  `;
  const child: ChildProcess = spawn(process.execPath, ["--input-type=module", "-e", script, file], {
    cwd: process.cwd(),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`locker exited ${code}: ${err}`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.on("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}

/**
 * Makes files read-only for root too: chmod 0444 does not stop root (CAP_DAC_OVERRIDE), the immutable attribute
 * (chattr +i, needs CAP_LINUX_IMMUTABLE and an ext2/3/4, xfs or btrfs file system) does — even for a descriptor
 * opened before. Returns false where it cannot be set.
 */
export function setImmutable(paths: string[], on: boolean): boolean {
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    const r = spawnSync("chattr", [on ? "+i" : "-i", p], { encoding: "utf8" });
    if (r.status !== 0) return false;
  }
  return true;
}
