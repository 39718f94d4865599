// The whole-suite log check (security review, item 5): after the integration suites ran with their server log written
// to files (LOG_DIR), no line may contain a password, a password hash, or a person's name, e-mail or phone that the
// tests used. The values are taken from the test sources themselves (string literals under those keys), so a new
// test's data is covered without a list to keep.
import fs from "node:fs";
import path from "node:path";

/** keys whose string values in the tests are personal or secret */
const KEYS = ["password", "newPassword", "currentPassword", "firstName", "lastName", "middleName", "email", "phone"];
const LITERAL = new RegExp(`\\b(?:${KEYS.join("|")})\\s*[:=]\\s*"([^"\\\\]{5,})"`, "g");
const CONSTANT = /\b(?:TEST_PASSWORD|STRONG|[A-Z_]*PASSWORD[A-Z_]*)\s*=\s*"([^"\\]{8,})"/g;
/** what a stored password hash starts with: never in a log, whatever the tests used */
const ALWAYS = ["$argon2id$", "$argon2i$", "$2b$"];

function testFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) testFiles(full, out);
    else if (/\.(int\.test|fault\.test)\.ts$/.test(entry.name) || full.includes(`${path.sep}testing${path.sep}`))
      out.push(full);
  }
  return out;
}

/** the personal and secret values the tests under `roots` use */
export function sentinelsOf(roots: string[]): string[] {
  const found = new Set<string>(ALWAYS);
  for (const root of roots) {
    if (!fs.existsSync(root)) continue;
    for (const file of testFiles(root)) {
      const text = fs.readFileSync(file, "utf8");
      for (const re of [LITERAL, CONSTANT]) for (const m of text.matchAll(re)) found.add(m[1]!);
    }
  }
  return [...found];
}

export type LogScan = { files: number; lines: number; findings: Array<{ file: string; value: string; line: string }> };

/** every line of every log file in `dir` checked against the sentinels */
export function scanLogs(dir: string, sentinels: string[]): LogScan {
  const result: LogScan = { files: 0, lines: 0, findings: [] };
  if (!fs.existsSync(dir)) return result;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith(".log")) continue;
    result.files++;
    const file = path.join(dir, name);
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      if (!line) continue;
      result.lines++;
      for (const value of sentinels)
        if (line.includes(value)) result.findings.push({ file: name, value, line: line.slice(0, 300) });
    }
  }
  return result;
}
