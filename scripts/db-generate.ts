// Generates migrations for all four schema sets with drizzle-kit. Usage: pnpm db:generate [--name NAME]
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log(
    "Usage: pnpm db:generate [--name NAME]\nGenerates drizzle migrations for {control, tenant} × {sqlite, pg}.",
  );
  process.exit(0);
}
let failed = false;
for (const set of ["control", "tenant"]) {
  for (const dialect of ["sqlite", "pg"]) {
    console.log(`── ${set} / ${dialect}`);
    const r = spawnSync("pnpm", ["exec", "drizzle-kit", "generate", ...args], {
      stdio: "inherit",
      env: { ...process.env, DRIZZLE_SET: set, DRIZZLE_DIALECT: dialect },
    });
    if (r.status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
