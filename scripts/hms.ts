// Operator CLI: pnpm hms <command> [flags]. Every command has --help; bad input → one line naming the flag, exit 2.
import "./lib/quiet-logs";
import { asc } from "drizzle-orm";
import { control, driver } from "../db";
import { PLANS, type Plan } from "../shared/enums";
import { createAccount } from "../server/users/accounts";
import { normalizeHospitalCode } from "../server/tenancy/codes";
import { isReservedHospitalCode } from "../shared/codes";
import { mainDb } from "../server/tenancy/main-db";
import { createHospital, migrateHospital, type ProvisionStep } from "../server/tenancy/provision";
import { backupHospital, restoreHospital } from "../server/tenancy/backup";
import { endMaintenance } from "../server/tenancy/maintenance";
import { DEV_SEED_PASSWORDS } from "../server/seed/passwords";
import { helpText, parseFlags, readSecret, runCli, secretFlags, UsageError, type FlagSpec } from "./lib/cli";

const COMMANDS: Record<string, { summary: string; run: (argv: string[]) => Promise<number | void> }> = {
  "create-superadmin": { summary: "Create a super admin account (admin host)", run: createSuperadmin },
  "setup-hospital": {
    summary: "Create a hospital: its record, its own database and its admin account",
    run: setupHospital,
  },
  "create-hospital-db": {
    summary: "Create or complete the database of an existing hospital, and migrate it",
    run: createHospitalDb,
  },
  "list-hospitals": { summary: "List hospitals with plan, status and database", run: listHospitals },
  backup: { summary: "Write a consistent copy of one hospital's database to a file", run: backup },
  restore: {
    summary: "Replace one hospital's database with a backup made of that same hospital (closed meanwhile)",
    run: restore,
  },
  maintenance: {
    summary: "Reopen a hospital left closed for maintenance by a restore that did not finish",
    run: maintenance,
  },
};

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(22)} ${c.summary}`);
  return [
    "Usage: pnpm hms <command> [flags]",
    "",
    "Commands:",
    ...rows,
    "",
    "Run pnpm hms <command> --help for the flags of one command.",
  ].join("\n");
}

const SUPERADMIN_FLAGS: FlagSpec = {
  username: { type: "string", required: true, help: "Sign-in name (letters, digits, . _ -)" },
  email: { type: "string", required: true, help: "Email address" },
  ...secretFlags("password", "Password (policy: 12+ characters, not common or personal)"),
  "first-name": { type: "string", required: true, help: "First name" },
  "last-name": { type: "string", required: true, help: "Last name" },
};

async function createSuperadmin(argv: string[]) {
  const cmd = "hms create-superadmin";
  const f = parseFlags(cmd, argv, SUPERADMIN_FLAGS);
  if (f.help)
    return void console.log(
      helpText(
        `pnpm ${cmd} --username U --email E [--password-file FILE] --first-name F --last-name L   (password: prompt, file or stdin)`,
        COMMANDS["create-superadmin"]!.summary,
        SUPERADMIN_FLAGS,
      ),
    );
  const v = f.values;
  const password = await passwordFor(cmd, v, "password");
  const account = await createAccount(
    { main: await mainDb() },
    {
      hospital: null,
      role: "SUPERADMIN",
      username: v.username!,
      email: v.email!,
      password,
      firstName: v["first-name"]!,
      lastName: v["last-name"]!,
    },
    { allowTemporaryPassword: true },
  );
  console.log(`Super admin "${account.username}" created. Sign in at ${adminUrl()}/auth/login`);
  warnTemporary(account.temporaryPassword);
}

const HOSPITAL_FLAGS: FlagSpec = {
  name: { type: "string", required: true, help: "Hospital name" },
  code: { type: "string", required: true, help: "Hospital code, 3–16 letters/digits; its subdomain in lower case" },
  email: { type: "string", required: true, help: "Hospital contact email" },
  phone: { type: "string", help: "Contact phone" },
  address: { type: "string", help: "Street address" },
  city: { type: "string", help: "City" },
  state: { type: "string", help: "State or region" },
  country: { type: "string", help: "Country" },
  plan: { type: "string", default: "TRIAL", help: `Subscription plan: ${PLANS.join(", ")}` },
  "admin-username": { type: "string", required: true, help: "Hospital admin's sign-in name" },
  "admin-email": { type: "string", required: true, help: "Hospital admin's email" },
  ...secretFlags("admin-password", "Hospital admin's password"),
  "admin-first-name": { type: "string", default: "Hospital", help: "Hospital admin's first name" },
  "admin-last-name": { type: "string", default: "Administrator", help: "Hospital admin's last name" },
};

async function setupHospital(argv: string[]) {
  const cmd = "hms setup-hospital";
  const f = parseFlags(cmd, argv, HOSPITAL_FLAGS);
  if (f.help)
    return void console.log(
      helpText(
        `pnpm ${cmd} --name N --code C --email E --plan P --admin-username U --admin-email E [--admin-password-file FILE] [...]   (password: prompt, file or stdin)`,
        COMMANDS["setup-hospital"]!.summary,
        HOSPITAL_FLAGS,
      ),
    );
  const v = f.values;
  const code = normalizeHospitalCode(v.code);
  if (!code)
    throw new UsageError(`${cmd}: invalid --code ${JSON.stringify(v.code)}: use 3–16 letters A–Z or digits 0–9`);
  if (isReservedHospitalCode(code))
    throw new UsageError(`${cmd}: --code ${code} is reserved for the platform's own addresses; choose another code`);
  const plan = v.plan!.toUpperCase();
  if (!(PLANS as readonly string[]).includes(plan))
    throw new UsageError(`${cmd}: invalid --plan ${JSON.stringify(v.plan)}: one of ${PLANS.join(", ")}`);
  const adminPassword = await passwordFor(cmd, v, "admin-password");
  const started = Date.now();
  const result = await createHospital(
    {
      name: v.name!,
      code,
      email: v.email!,
      phone: v.phone ?? "",
      address: v.address ?? "",
      city: v.city ?? "",
      state: v.state ?? "",
      country: v.country ?? "",
      plan: plan as Plan,
      admin: {
        username: v["admin-username"]!,
        email: v["admin-email"]!,
        password: adminPassword,
        firstName: v["admin-first-name"]!,
        lastName: v["admin-last-name"]!,
      },
    },
    { allowTemporaryPassword: true, afterStep: (step: ProvisionStep) => console.log(`  ✓ ${step}`) },
  );
  console.log(
    `Hospital ${result.code} ${result.resumed ? "completed (resumed an unfinished setup)" : "created"} in ${Date.now() - started} ms`,
  );
  console.log(`  database: ${driver().describeTenant(result.code, null)}`);
  console.log(`  sign in:  ${hospitalUrl(result.code)}/auth/login as ${v["admin-username"]!.toLowerCase()}`);
  warnTemporary(result.temporaryPassword);
}

async function createHospitalDb(argv: string[]) {
  const cmd = "hms create-hospital-db";
  const f = parseFlags(cmd, argv, {}, { positionals: ["CODE"] });
  if (f.help) return void console.log(helpText(`pnpm ${cmd} CODE`, COMMANDS["create-hospital-db"]!.summary, {}));
  const code = normalizeHospitalCode(f.positionals[0]);
  if (!code)
    throw new UsageError(
      `${cmd}: invalid CODE ${JSON.stringify(f.positionals[0])}: use 3–16 letters A–Z or digits 0–9`,
    );
  const r = await migrateHospital(code);
  console.log(
    `Hospital ${code}: database ready at schema version ${r.version}${r.completedProvisioning ? " (unfinished setup completed)" : ""}, ${r.applied} migration(s) applied`,
  );
}

async function listHospitals(argv: string[]) {
  const cmd = "hms list-hospitals";
  const spec: FlagSpec = { json: { type: "boolean", help: "Print JSON instead of a table" } };
  const f = parseFlags(cmd, argv, spec);
  if (f.help) return void console.log(helpText(`pnpm ${cmd} [--json]`, COMMANDS["list-hospitals"]!.summary, spec));
  const main = await mainDb();
  const h = control.hospitals;
  const rows = await main
    .select({
      code: h.code,
      name: h.name,
      plan: h.plan,
      status: h.status,
      schemaVersion: h.schemaVersion,
      subscriptionEndsAt: h.subscriptionEndsAt,
      dbServer: h.dbServer,
      createdAt: h.createdAt,
    })
    .from(h)
    .orderBy(asc(h.code));
  const list = rows.map((r) => ({
    code: r.code,
    name: r.name,
    plan: r.plan,
    status: r.status,
    schemaVersion: r.schemaVersion,
    subscriptionEndsAt: r.subscriptionEndsAt?.toISOString() ?? null,
    database: driver().describeTenant(r.code, r.dbServer),
    url: hospitalUrl(r.code),
    createdAt: r.createdAt.toISOString(),
  }));
  if (f.values.json) return void console.log(JSON.stringify(list, null, 2));
  if (list.length === 0) return void console.log("No hospitals yet. Create one with: pnpm hms setup-hospital --help");
  const cols = ["code", "name", "plan", "status", "schemaVersion", "url"] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...list.map((r) => String(r[c]).length))]));
  console.log(cols.map((c) => c.padEnd(width[c]!)).join("  "));
  for (const r of list) console.log(cols.map((c) => String(r[c]).padEnd(width[c]!)).join("  "));
}

async function backup(argv: string[]) {
  const cmd = "hms backup";
  const spec: FlagSpec = { out: { type: "string", required: true, help: "File to write" } };
  const f = parseFlags(cmd, argv, spec, { positionals: ["CODE"] });
  if (f.help) return void console.log(helpText(`pnpm ${cmd} CODE --out FILE`, COMMANDS.backup!.summary, spec));
  const code = normalizeHospitalCode(f.positionals[0]);
  if (!code) throw new UsageError(`${cmd}: invalid CODE ${JSON.stringify(f.positionals[0])}`);
  const r = await backupHospital(code, f.values.out!);
  console.log(`Hospital ${code}: backup written to ${r.file} (${r.bytes} bytes)`);
}

async function restore(argv: string[]) {
  const cmd = "hms restore";
  const spec: FlagSpec = { from: { type: "string", required: true, help: "Backup file made by pnpm hms backup" } };
  const f = parseFlags(cmd, argv, spec, { positionals: ["CODE"] });
  if (f.help) return void console.log(helpText(`pnpm ${cmd} CODE --from FILE`, COMMANDS.restore!.summary, spec));
  const code = normalizeHospitalCode(f.positionals[0]);
  if (!code) throw new UsageError(`${cmd}: invalid CODE ${JSON.stringify(f.positionals[0])}`);
  console.log(`Hospital ${code}: closing it for maintenance in every running app process…`);
  let told = "";
  const r = await restoreHospital(code, f.values.from!, {
    onWaiting: (pending) => {
      const line = `  waiting for ${pending.length} app process(es) to close it: ${pending.join(", ")}`;
      if (line !== told) console.log((told = line));
    },
  });
  console.log(
    `  closed by ${r.acknowledgedBy.length} running app process(es)${r.acknowledgedBy.length ? `: ${r.acknowledgedBy.join(", ")}` : ""}`,
  );
  if (r.carriedCounters === null)
    console.error(
      "warning: the database being replaced could not be read, so MRNs and other numbers handed out after the backup may be handed out again",
    );
  console.log(`Hospital ${code}: restored from ${f.values.from} and open again`);
}

async function maintenance(argv: string[]) {
  const cmd = "hms maintenance";
  const spec: FlagSpec = {
    off: { type: "boolean", help: "Reopen the hospital (only when no restore of it is running)" },
  };
  const f = parseFlags(cmd, argv, spec, { positionals: ["CODE"] });
  if (f.help) return void console.log(helpText(`pnpm ${cmd} CODE --off`, COMMANDS.maintenance!.summary, spec));
  const code = normalizeHospitalCode(f.positionals[0]);
  if (!code) throw new UsageError(`${cmd}: invalid CODE ${JSON.stringify(f.positionals[0])}`);
  if (!f.values.off) throw new UsageError(`${cmd}: say --off to reopen hospital ${code}`);
  const reopened = await endMaintenance(code);
  console.log(reopened ? `Hospital ${code}: open again` : `Hospital ${code} was not closed for maintenance`);
}

function rootDomain() {
  return (process.env.ROOT_DOMAIN || "localhost:3000").toLowerCase();
}
function scheme() {
  return rootDomain().startsWith("localhost") ? "http" : "https";
}
function hospitalUrl(code: string) {
  return `${scheme()}://${code.toLowerCase()}.${rootDomain()}`;
}
function adminUrl() {
  return `${scheme()}://admin.${rootDomain()}`;
}
/** the password from the flag, its file, the prompt or stdin; a development seed password is refused in production */
async function passwordFor(cmd: string, values: Record<string, string>, flag: string): Promise<string> {
  const password = await readSecret(cmd, values, flag);
  if (process.env.NODE_ENV === "production" && DEV_SEED_PASSWORDS.includes(password))
    throw new UsageError(`${cmd}: that password is a published development seed password; choose another one`);
  return password;
}

function warnTemporary(problem: string | null) {
  if (problem)
    console.error(
      `warning: the password does not meet the policy (${problem}) — it works once, then a new one must be chosen at sign-in`,
    );
}

void runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(usage());
    return command ? 0 : 2;
  }
  const c = COMMANDS[command];
  if (!c) throw new UsageError(`hms: unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(", ")})`);
  return c.run(rest);
});
