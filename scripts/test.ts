// `pnpm test`: every suite, and proof that none was skipped.
//   1. unit tests                      (vitest project "unit")
//   2. integration tests on libsql      (vitest project "libsql": temp DATA_DIR per file)
//   3. the same integration tests on Postgres (vitest project "pg": a uniquely named database per file)
//   3b. fault tests on libsql, then on Postgres (projects "faults-libsql", "faults-pg": a hospital's database broken,
//       a throw-away second Postgres cluster restarted, kill -9 while provisioning) — alone, never beside another suite
//   4. Playwright end-to-end tests in Debian Chromium against a production build
//   and "logs": the integration suites write their server log to files (LOG_DIR, level info); no line may carry a
//   password, hash, or a person's name, e-mail or phone the tests used (scripts/lib/log-scan.ts).
// Fails if any suite failed, ran zero tests, or skipped any.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { scanLogs, sentinelsOf } from "./lib/log-scan";

const out = path.resolve(".tmp/test-results");
fs.mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

type Summary = {
  suite: string;
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
  note?: string;
};
const summaries: Summary[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status;
}

function vitest(project: string, env: Record<string, string> = {}) {
  const file = path.join(out, `vitest-${project}.json`);
  fs.rmSync(file, { force: true });
  const status = run(
    "pnpm",
    [
      "exec",
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ],
    env,
  );
  if (!fs.existsSync(file))
    return summaries.push({
      suite: project,
      total: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      ok: false,
      note: `vitest exited ${status} without results`,
    });
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summaries.push({
    suite: project,
    total: r.numTotalTests,
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped,
    ok: status === 0 && r.success && r.numTotalTests > 0 && skipped === 0 && r.numFailedTestSuites === 0,
  });
}

function playwright() {
  const chromium = ensureChromium();
  if (!chromium)
    return summaries.push({
      suite: "e2e",
      total: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      ok: false,
      note: "no Chromium (install Debian's chromium or set CHROMIUM_PATH)",
    });
  const file = path.join(out, "playwright.json");
  fs.rmSync(file, { force: true });
  const build = run("pnpm", ["exec", "next", "build"]);
  if (build !== 0)
    return summaries.push({
      suite: "e2e",
      total: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      ok: false,
      note: "next build failed",
    });
  const status = run("pnpm", ["exec", "playwright", "test"], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  if (!fs.existsSync(file))
    return summaries.push({
      suite: "e2e",
      total: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      ok: false,
      note: `playwright exited ${status} without results`,
    });
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
  const total = s.expected + s.unexpected + s.flaky + s.skipped;
  summaries.push({
    suite: "e2e",
    total,
    passed: s.expected + s.flaky,
    failed: s.unexpected,
    skipped: s.skipped,
    ok: status === 0 && total > 0 && s.unexpected === 0 && s.skipped === 0,
  });
}

if (wanted("unit")) vitest("unit");
// the integration suites' server log, scanned afterwards for what the tests used
const logDir = path.join(out, "server-log");
fs.rmSync(logDir, { recursive: true, force: true });
const logged = { LOG_DIR: logDir, LOG_LEVEL: "info" };
if (wanted("libsql")) vitest("libsql", logged);
if (wanted("pg")) vitest("pg", logged);
if (wanted("libsql") || wanted("pg")) {
  const scan = scanLogs(logDir, sentinelsOf(["server", "scripts", "app"].map((d) => path.resolve(d))));
  for (const f of scan.findings.slice(0, 20)) console.log(`  log ${f.file}: "${f.value}" in ${f.line}`);
  summaries.push({
    suite: "logs",
    total: scan.lines,
    passed: scan.lines - new Set(scan.findings.map((f) => f.line)).size,
    failed: new Set(scan.findings.map((f) => f.line)).size,
    skipped: 0,
    ok: scan.lines > 0 && scan.findings.length === 0,
    note: scan.lines === 0 ? "no log lines written: the scan checked nothing" : `${scan.files} files, lines scanned`,
  });
}
if (wanted("faults-libsql")) vitest("faults-libsql");
if (wanted("faults-pg")) vitest("faults-pg");
if (wanted("e2e")) playwright();

console.log("\nsuite           total  passed  failed  skipped");
for (const s of summaries) {
  console.log(
    `${s.suite.padEnd(14)} ${String(s.total).padStart(6)} ${String(s.passed).padStart(7)} ${String(s.failed).padStart(7)} ${String(s.skipped).padStart(8)}  ${s.ok ? "ok" : "FAILED"}${s.note ? `  (${s.note})` : ""}`,
  );
}
const missing = (only.length ? only : ["unit", "libsql", "pg", "logs", "faults-libsql", "faults-pg", "e2e"]).filter(
  (n) => !summaries.some((s) => s.suite === n),
);
const ok = summaries.every((s) => s.ok) && missing.length === 0;
console.log(ok ? "\nall suites passed" : "\nTEST RUN FAILED");
process.exit(ok ? 0 : 1);
