// pnpm bench — both benchmarks in sequence: provisioning / migrating hospitals, then patient search.
// Takes the flags of either (each gets its own; --dialect goes to both). See pnpm bench:provision --help and
// pnpm bench:search --help.
import { benchProvision, FLAGS as PROVISION_FLAGS } from "./provision";
import { benchSearch, FLAGS as SEARCH_FLAGS } from "./search";

const argv = process.argv.slice(2).filter((a) => a !== "--");
if (argv.includes("--help") || argv.includes("-h")) {
  console.log("Usage: pnpm bench [flags of bench:provision and bench:search]\n");
  for (const [name, flags] of [
    ["bench:provision", PROVISION_FLAGS],
    ["bench:search", SEARCH_FLAGS],
  ] as const) {
    console.log(`${name}:`);
    for (const [k, d] of Object.entries(flags))
      console.log(
        `  --${k.padEnd(20)} ${d.help}${"default" in d && d.default !== undefined ? ` (default ${d.default})` : ""}`,
      );
  }
  process.exit(0);
}

/** the flags (with their values) of argv that `spec` knows */
function flagsFor(spec: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(=.*)?$/.exec(argv[i]!);
    if (!m) continue;
    const known = m[1]! in PROVISION_FLAGS || m[1]! in SEARCH_FLAGS;
    if (!known) {
      console.error(`bench: unknown flag ${argv[i]} (see pnpm bench --help)`);
      process.exit(2);
    }
    const pair = m[2] ? [argv[i]!] : [argv[i]!, argv[i + 1] ?? ""];
    if (!m[2]) i++;
    if (m[1]! in spec) out.push(...pair);
  }
  return out;
}

const started = Date.now();
const provisionOk = await benchProvision(flagsFor(PROVISION_FLAGS));
const searchOk = await benchSearch(flagsFor(SEARCH_FLAGS));
console.log(
  `\npnpm bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s${provisionOk && searchOk ? "" : " (with failures, see above)"}`,
);
process.exit(provisionOk && searchOk ? 0 : 1);
