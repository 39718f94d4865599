// Small helpers for the operator CLI: strict flag parsing (unknown or malformed flag → one line, exit 2, nothing
// written), --help, and clean shutdown of database handles.
import fs from "node:fs";
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

/** the flags that give a secret: --NAME (visible to other users, warned about) and --NAME-file FILE */
export function secretFlags(name: string, help: string): FlagSpec {
  return {
    [name]: {
      type: "string",
      help: `${help} — visible to other users of the machine; prefer --${name}-file or the prompt`,
    },
    [`${name}-file`]: { type: "string", help: `Read the ${help.toLowerCase()} from the first line of this file` },
  };
}

/**
 * A secret (a password) without putting it on the command line: from --NAME-file FILE, else typed at a prompt
 * without echo when stdin is a terminal, else the first line of stdin. --NAME still works, with a warning on stderr.
 */
export async function readSecret(command: string, values: Record<string, string>, name: string): Promise<string> {
  const flag = values[name];
  const file = values[`${name}-file`];
  if (flag !== undefined && file !== undefined)
    throw new UsageError(`${command}: give --${name} or --${name}-file, not both`);
  let secret: string;
  if (flag !== undefined) {
    console.error(
      `warning: --${name} puts the password on the command line, where other users of this machine can see it (ps, shell history); use --${name}-file FILE, the prompt, or stdin instead`,
    );
    secret = flag;
  } else if (file !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (err) {
      throw new UsageError(
        `${command}: cannot read --${name}-file ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}`,
      );
    }
    secret = firstLine(text);
  } else if (process.stdin.isTTY) {
    secret = await promptHidden(`${name.replace(/-/g, " ")}: `);
  } else {
    secret = firstLine(await readStdin());
  }
  if (secret === "")
    throw new UsageError(
      `${command}: no password given (type it at the prompt, pipe it on stdin or use --${name}-file FILE)`,
    );
  return secret;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/, 1)[0] ?? "").replace(/\r$/, "");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** reads one line from the terminal without echoing it (the prompt goes to stderr) */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let value = "";
    const done = (result: string | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (result === null) reject(new UsageError("cancelled"));
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done(value);
        if (ch === "\u0003" || ch === "\u0004") return done(null); // Ctrl-C, Ctrl-D
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
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
