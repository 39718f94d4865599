// The server log: structured (pino), silent under tests unless LOG_LEVEL says otherwise, and redacted in ONE place.
// Nothing personal or secret reaches a log line: values under the keys below are replaced, database errors keep their
// SQL shape but never their parameters, and errors are reduced to name, code, message and stack.
import pino from "pino";

/** keys whose values never reach the log, at any depth (compared case-insensitively, ignoring _ and -) */
const REDACTED_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "hash",
  "token",
  "secret",
  "mfaSecret",
  "recoveryCodes",
  "cookie",
  "authorization",
  "params",
  "firstName",
  "middleName",
  "lastName",
  "name",
  "fullName",
  "username",
  "email",
  "phone",
  "dateOfBirth",
  "address",
  "notes",
  "note",
  "subjective",
  "objective",
  "assessment",
  "plan",
].map((k) => k.toLowerCase().replace(/[-_]/g, ""));
const REDACTED = new Set(REDACTED_KEYS);
export const REDACTION = "[redacted]";

/** drizzle puts the query's parameters into its error message: keep the SQL, drop the values */
const scrubMessage = (m: string) => m.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]");

function scrub(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return scrubMessage(value);
  if (typeof value !== "object" || value === null || depth > 6) return value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; cause?: unknown };
    return {
      type: e.name,
      ...(e.code !== undefined ? { code: e.code } : {}),
      message: scrubMessage(e.message),
      stack: e.stack ? scrubMessage(e.stack) : undefined,
      ...(e.cause !== undefined ? { cause: scrub(e.cause, depth + 1, seen) } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = REDACTED.has(k.toLowerCase().replace(/[-_]/g, "")) ? REDACTION : scrub(v, depth + 1, seen);
  }
  return out;
}

/** a logger with the app's redaction, writing to `destination` (default: standard output) */
export function createLogger(destination?: pino.DestinationStream, level?: string) {
  return pino(
    {
      level: level ?? process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
      base: undefined,
      serializers: { err: (err: unknown) => scrub(err) },
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // a message string may carry a drizzle error's parameters too
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? scrubMessage(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}

/**
 * LOG_DIR (the test runner sets it): each process appends its log to LOG_DIR/zain-<pid>.log instead of standard
 * output, so a whole test run's log can be scanned for the names, passwords and hashes the tests used
 * (scripts/lib/log-scan.ts).
 */
function destination(): pino.DestinationStream | undefined {
  const dir = process.env.LOG_DIR;
  if (!dir) return undefined;
  return pino.destination({ dest: `${dir}/zain-${process.pid}.log`, append: true, sync: true, mkdir: true });
}

export const log = createLogger(destination());
