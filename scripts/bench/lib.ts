// Shared by the benchmarks: isolated databases per dialect (a temp DATA_DIR; a uniquely named Postgres main
// database), child processes that run the real server code under that environment, statistics and tables.
//
// The dialect of a process is fixed when db/index.ts is loaded (it reads DATABASE_URL), so every measurement runs in
// a child process started with the environment of one dialect; the child writes its results as JSON to a file.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withPgAdmin as pgAdmin, type AdminConnection } from "@/db/pg/admin";

export const REPO = path.resolve(import.meta.dirname, "..", "..");
export const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
export const TSCONFIG = path.join(REPO, "tsconfig.json");

export type Dialect = "sqlite" | "pg";
export type QueryKind = "name" | "mrn" | "phone";
export const KINDS: QueryKind[] = ["name", "mrn", "phone"];
export const DIALECT_LABEL: Record<Dialect, string> = { sqlite: "libsql", pg: "postgres" };

/** the local Postgres server's maintenance database (trust auth) */
export const PG_ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** a run-unique hospital code prefix (`first` + 4 letters): every database this run creates is found by it */
export function runPrefix(first = "B"): string {
  return first + [...randomBytes(4)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** hospital code number i of a run (5 + 5 characters, within 3–16) */
export const benchCode = (prefix: string, i: number) => `${prefix}${String(i).padStart(5, "0")}`;

// ---------------------------------------------------------------------------------------------------------------
// Isolated environment of one dialect

export type BenchEnv = {
  dialect: Dialect;
  /** environment for the child processes */
  env: NodeJS.ProcessEnv;
  dataDir: string;
  /** Postgres: the main database of this run */
  mainDb: string | null;
  prefix: string;
  cleanup(): Promise<void>;
};

const pendingCleanups = new Set<() => Promise<void>>();
let signalsHooked = false;

/** on Ctrl-C / SIGTERM: stop the children, drop what this run created, then exit */
function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  const onSignal = (sig: NodeJS.Signals) => {
    console.error(`\n${sig}: cleaning up…`);
    for (const child of children) child.kill("SIGTERM");
    void Promise.allSettled([...pendingCleanups].map((c) => c())).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}

function withPgAdmin<T>(fn: (c: AdminConnection) => Promise<T>): Promise<T> {
  return pgAdmin(PG_ADMIN_URL, fn, "zain-hms-bench");
}

/** drops every database of this run: the hospitals (by code prefix), the tenant template and the main database */
async function dropPgRun(mainDb: string, prefix: string): Promise<number> {
  const names = await withPgAdmin(async (c) => {
    const rows = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2 OR datname = $3",
      [`zain_hms_${prefix.toLowerCase()}%`, `${mainDb}__tenant_template`.slice(0, 63), mainDb],
    );
    return rows.map((x) => x.datname);
  });
  // hospitals first, the main database last
  names.sort((a, b) => Number(a === mainDb) - Number(b === mainDb));
  const hospitals = names.filter((n) => n !== mainDb);
  let next = 0;
  const worker = () =>
    withPgAdmin(async (c) => {
      while (next < hospitals.length) {
        const name = hospitals[next++]!;
        await c.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
      }
    });
  await Promise.all(Array.from({ length: Math.min(4, hospitals.length) }, worker));
  if (names.includes(mainDb)) await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${mainDb}" WITH (FORCE)`));
  return names.length;
}

export async function createBenchEnv(dialect: Dialect, opts: { codeStart?: string } = {}): Promise<BenchEnv> {
  hookSignals();
  const prefix = runPrefix(opts.codeStart);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zain-bench-${dialect}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ROOT_DOMAIN: "zain.test",
    LOG_LEVEL: "warn",
  };
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  let mainDb: string | null = null;
  if (dialect === "pg") {
    mainDb = `zain_hms_bench_${randomBytes(5).toString("hex")}`;
    await withPgAdmin((c) => c.query(`CREATE DATABASE "${mainDb}"`)).catch((err) => {
      throw new Error(`cannot create a database on ${PG_ADMIN_URL} (${(err as Error).message}); is Postgres running?`);
    });
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${mainDb}`;
    env.DATABASE_URL = u.toString();
  }
  let cleaned: Promise<void> | null = null;
  const cleanup = () => {
    cleaned ??= (async () => {
      pendingCleanups.delete(cleanup);
      try {
        if (mainDb) {
          const started = Date.now();
          const n = await dropPgRun(mainDb, prefix);
          log(`  cleanup: dropped ${n} Postgres database(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    })();
    return cleaned;
  };
  pendingCleanups.add(cleanup);
  return { dialect, env, dataDir, mainDb, prefix, cleanup };
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes

const children = new Set<ReturnType<typeof spawn>>();

export type RunOptions = { env: NodeJS.ProcessEnv; cwd?: string; args?: string[]; captureStdout?: boolean };

/** runs a TypeScript file under tsx; resolves with its exit code and (optionally) its stdout */
export function runTs(file: string, opts: RunOptions): Promise<{ code: number; stdout: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["--tsconfig", TSCONFIG, file, ...(opts.args ?? [])], {
      cwd: opts.cwd ?? REPO,
      env: opts.env,
      stdio: ["ignore", opts.captureStdout ? "pipe" : "inherit", "inherit"],
    });
    children.add(child);
    let stdout = "";
    child.stdout?.on("data", (d) => (stdout += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, ms: performance.now() - started });
    });
  });
}

/** runs a worker that writes its JSON result to BENCH_RESULT_FILE */
export async function runWorker<T>(file: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<T> {
  const resultFile = path.join(os.tmpdir(), `zain-bench-result-${randomBytes(6).toString("hex")}.json`);
  try {
    const r = await runTs(file, { env: { ...env, BENCH_RESULT_FILE: resultFile }, args });
    if (r.code !== 0 || !fs.existsSync(resultFile))
      throw new Error(`${path.basename(file)} exited with code ${r.code}`);
    return JSON.parse(fs.readFileSync(resultFile, "utf8")) as T;
  } finally {
    fs.rmSync(resultFile, { force: true });
  }
}

/** in a worker: hands the result to the parent */
export function writeResult(result: unknown): void {
  const file = process.env.BENCH_RESULT_FILE;
  if (!file) throw new Error("BENCH_RESULT_FILE is not set: run this through pnpm bench");
  fs.writeFileSync(file, JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------------------------------
// Flags

export type FlagDef = { help: string; default?: string; int?: boolean; list?: boolean; choices?: string[] };

/** --name value / --name=value; unknown or malformed flags exit 2 with one line */
export function parseBenchFlags(cmd: string, argv: string[], defs: Record<string, FlagDef>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, d] of Object.entries(defs)) if (d.default !== undefined) out[k] = d.default;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    if (a === "--help" || a === "-h") {
      console.log(`Usage: pnpm ${cmd} [flags]\n\nFlags:`);
      for (const [k, d] of Object.entries(defs))
        console.log(`  --${k.padEnd(16)} ${d.help}${d.default !== undefined ? ` (default ${d.default})` : ""}`);
      process.exit(0);
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    const def = m ? defs[m[1]!] : undefined;
    if (!m || !def) usage(cmd, `unknown argument ${a}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) usage(cmd, `flag --${m[1]} needs a value`);
    if (def.int && !/^\d+$/.test(value)) usage(cmd, `flag --${m[1]} must be a whole number`);
    if (def.list && !/^\d+(,\d+)*$/.test(value))
      usage(cmd, `flag --${m[1]} must be a whole number or a comma list of them`);
    if (def.choices && !def.choices.includes(value))
      usage(cmd, `flag --${m[1]} must be one of ${def.choices.join(", ")}`);
    out[m[1]!] = value;
  }
  return out;
}

function usage(cmd: string, msg: string): never {
  console.error(`${cmd}: ${msg} (see pnpm ${cmd} --help)`);
  process.exit(2);
}

export function dialectsOf(flag: string | undefined): Dialect[] {
  return flag === "sqlite" || flag === "libsql"
    ? ["sqlite"]
    : flag === "pg" || flag === "postgres"
      ? ["pg"]
      : ["sqlite", "pg"];
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and output

/** nearest-rank percentile of unsorted samples */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const median = (samples: number[]) => {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const fmtMs = (ms: number) => (Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)) : "–");
export const fmtS = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : "–");

/** a plain-text table; numeric-looking cells are right-aligned */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = (s: string) => /^[-+]?[\d.,]+( ?(ms|s|%))?$|^–$/.test(s);
  const line = (cells: string[]) =>
    "| " + cells.map((c, i) => (numeric(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ") + " |";
  const sep = "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|";
  return [line(head), sep, ...rows.map(line)].join("\n");
}

export const verdict = (value: number, target: number) =>
  Number.isFinite(value) ? (value <= target ? "ok" : "MISSED") : "–";

/** CPUs and load average: the figures are only as quiet as the machine was */
export function machineLoad(): string {
  const [one, five] = os.loadavg();
  return `${os.cpus().length} CPU(s), load average ${one!.toFixed(2)} (1 min) / ${five!.toFixed(2)} (5 min)`;
}

/** progress line on stderr (stdout carries the tables) */
export function log(msg: string): void {
  process.stderr.write(msg + "\n");
}
