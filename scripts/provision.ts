// pnpm db:provision: migrate the main database and every hospital database (or one, --hospital CODE), a few at a
import "./lib/quiet-logs";
// time, each hospital on its own: one failure is reported at the end and does not stop the others.
import cliProgress from "cli-progress";
import { asc, eq } from "drizzle-orm";
import { control, driver } from "../db";
import { normalizeHospitalCode } from "../server/tenancy/codes";
import { mainDb, mainMigration } from "../server/tenancy/main-db";
import { migrateHospital, type MigrateHospitalResult } from "../server/tenancy/provision";
import { helpText, parseFlags, runCli, UsageError, type FlagSpec } from "./lib/cli";

const FLAGS: FlagSpec = {
  hospital: { type: "string", help: "Only this hospital (code)" },
  concurrency: { type: "string", default: "4", help: "Hospitals migrated at the same time (1–64)" },
};

void runCli(async () => {
  const cmd = "db:provision";
  const f = parseFlags(cmd, process.argv.slice(2), FLAGS);
  if (f.help) {
    console.log(
      helpText(
        "pnpm db:provision [--hospital CODE] [--concurrency N]",
        "Migrate the main database and every hospital database. Idempotent.",
        FLAGS,
      ),
    );
    return;
  }
  const concurrency = Number(f.values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new UsageError(`${cmd}: invalid --concurrency ${JSON.stringify(f.values.concurrency)}: a whole number 1–64`);
  let only: string | null = null;
  if (f.values.hospital !== undefined) {
    only = normalizeHospitalCode(f.values.hospital);
    if (!only)
      throw new UsageError(
        `${cmd}: invalid --hospital ${JSON.stringify(f.values.hospital)}: 3–16 letters A–Z or digits 0–9`,
      );
  }

  const started = Date.now();
  const main = await mainDb();
  const m = await mainMigration();
  console.log(`main database (${driver().name}): schema version ${m.version}, ${m.applied} migration(s) applied`);

  const h = control.hospitals;
  const rows = await main
    .select({ code: h.code })
    .from(h)
    .where(only ? eq(h.code, only) : undefined)
    .orderBy(asc(h.code));
  if (only && rows.length === 0) {
    console.error(`${cmd}: no hospital with code ${only}`);
    return 1;
  }
  const codes = rows.map((r) => r.code);
  const ok: MigrateHospitalResult[] = [];
  const failed: Array<{ code: string; error: string }> = [];

  const tty = process.stdout.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { format: "hospitals {bar} {value}/{total} | {eta_formatted} left | {last}", hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  if (tty && codes.length > 0) bar.start(codes.length, 0, { last: "" });

  let next = 0;
  async function worker() {
    while (next < codes.length) {
      const code = codes[next++]!;
      try {
        ok.push(await migrateHospital(code));
      } catch (err) {
        failed.push({ code, error: (err as Error).message?.split("\n")[0] ?? String(err) });
      }
      if (tty) bar.increment(1, { last: code });
      else console.log(`  ${failed.at(-1)?.code === code ? "✗" : "✓"} ${code}`);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, codes.length) }, worker));
  if (tty && codes.length > 0) bar.stop();

  const applied = ok.reduce((n, r) => n + r.applied, 0);
  const completed = ok.filter((r) => r.completedProvisioning).map((r) => r.code);
  console.log(
    `${ok.length} hospital database(s) up to date, ${applied} migration(s) applied, in ${Date.now() - started} ms`,
  );
  if (completed.length) console.log(`completed unfinished setups: ${completed.join(", ")}`);
  if (failed.length) {
    console.error(`${failed.length} hospital(s) failed:`);
    for (const x of failed) console.error(`  ${x.code}: ${x.error}`);
    return 1;
  }
  return 0;
});
