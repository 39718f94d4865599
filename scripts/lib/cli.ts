// Small helpers for the operator CLI: strict flag parsing (unknown or malformed flag → one line, exit 2, nothing
// written), --help, and clean shutdown of database handles.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isAppError } from "../../server/errors";
import { closeMainDb } from "../../server/tenancy/main-db";
import { closeTenantRegistry } from "../../server/tenancy";

export class UsageError extends Error {}

export type FlagSpec = Record<
  string,
  { type: "string" | "boolean"; short?: string; help: string; required?: boolean; default?: string }
>;

export function parseFlags(command: string, argv: string[], spec: FlagSpec, opts: { positionals?: string[] } = {}) {
  const options: ParseArgsConfig["options"] = { help: { type: "boolean", short: "h" } };
  for (const [name, s] of Object.entries(spec))
    options[name] = { type: s.type, ...(s.short ? { short: s.short } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: (opts.positionals?.length ?? 0) > 0 });
  } catch (err) {
    const msg = (err as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new UsageError(`${command}: unknown flag ${unknown[1]} (see ${command} --help)`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(msg);
    if (missing) throw new UsageError(`${command}: flag ${missing[1]?.split(",").pop()?.trim()} needs a value`);
    const positional = /Unexpected argument '([^']+)'/.exec(msg);
    if (positional) throw new UsageError(`${command}: unexpected argument "${positional[1]}" (see ${command} --help)`);
    throw new UsageError(`${command}: ${msg.split("\n")[0]}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { help: true as const, values: {} as Record<string, string>, positionals: [] as string[] };
  const out: Record<string, string> = {};
  for (const [name, s] of Object.entries(spec)) {
    const v = values[name];
    if (s.type === "string") {
      if (typeof v === "string") {
        if (v.trim() === "" && s.required) throw new UsageError(`${command}: flag --${name} must not be empty`);
        out[name] = v;
      } else if (s.required) throw new UsageError(`${command}: missing required flag --${name}`);
      else if (s.default !== undefined) out[name] = s.default;
    } else if (v === true) out[name] = "true";
  }
  const positionals = parsed.positionals ?? [];
  const wanted = opts.positionals ?? [];
  if (positionals.length < wanted.length)
    throw new UsageError(`${command}: missing ${wanted[positionals.length]} (see ${command} --help)`);
  if (positionals.length > wanted.length)
    throw new UsageError(`${command}: unexpected argument "${positionals[wanted.length]}"`);
  return { help: false as const, values: out, positionals };
}

export function helpText(usage: string, summary: string, spec: FlagSpec): string {
  const rows = Object.entries(spec).map(([name, s]) => {
    const flag = `--${name}${s.type === "string" ? " VALUE" : ""}`;
    return `  ${flag.padEnd(28)} ${s.help}${s.required ? " (required)" : ""}${s.default ? ` (default ${s.default})` : ""}`;
  });
  return [`Usage: ${usage}`, "", summary, "", "Flags:", ...rows, `  ${"--help".padEnd(28)} Show this help`].join("\n");
}

/** runs a CLI main: usage errors exit 2, domain errors exit 1 with one clear line */
export async function runCli(main: () => Promise<number | void>): Promise<never> {
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      code = 2;
    } else if (isAppError(err)) {
      console.error(`error: ${err.message}`);
      code = err.trpcCode === "BAD_REQUEST" ? 2 : 1;
    } else {
      console.error(`error: ${(err as Error)?.stack ?? err}`);
      code = 1;
    }
  } finally {
    await closeTenantRegistry().catch(() => undefined);
    await closeMainDb().catch(() => undefined);
  }
  process.exit(code);
}
