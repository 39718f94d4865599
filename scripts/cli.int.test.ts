// The operator CLI as an operator runs it: real processes, real exit codes, real databases.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { uniqueCode } from "@/server/testing/fixtures";
import { mainDb } from "@/server/tenancy/main-db";
import { verifyPassword } from "@/server/auth/password";
import { DEMO_PASSWORD } from "@/server/seed/passwords";
import { seedDemo } from "@/server/seed/demo";

function run(script: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", ...opts.env },
    timeout: 120_000,
    input: opts.input ?? "",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const hms = (...args: string[]) => run("scripts/hms.ts", args);
const FLAG_WARNING = /^warning: --(admin-)?password puts the password on the command line, where other users/;
const provision = (...args: string[]) => run("scripts/provision.ts", args);

const SEED_EXAMPLE = (code: string) => [
  "setup-hospital",
  "--name",
  "City General Hospital",
  "--code",
  code,
  "--email",
  "admin@citygeneral.test",
  "--phone",
  "+1-555-0100",
  "--address",
  "123 Main Street",
  "--city",
  "New York",
  "--state",
  "NY",
  "--country",
  "USA",
  "--plan",
  "PROFESSIONAL",
  "--admin-username",
  "cghadmin",
  "--admin-email",
  "admin@citygeneral.test",
  "--admin-password",
  "SecurePass123!",
  "--admin-first-name",
  "John",
  "--admin-last-name",
  "Doe",
];

function listed(): Array<{ code: string; status: string; plan: string; name: string; database: string }> {
  const r = hms("list-hospitals", "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

function snapshot(dir: string): string[] {
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).sort() : [];
}

describe(`operator CLI (${driver().name})`, { timeout: 300_000 }, () => {
  it("every command has --help", () => {
    for (const args of [
      ["--help"],
      ["setup-hospital", "--help"],
      ["create-superadmin", "--help"],
      ["create-hospital-db", "--help"],
      ["list-hospitals", "--help"],
      ["backup", "--help"],
      ["restore", "--help"],
    ]) {
      const r = hms(...args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.out).toMatch(/Usage: pnpm (hms|db:provision)/);
    }
    expect(provision("--help").out).toMatch(/--concurrency/);
  });

  it("setup-hospital with the seed's example flags, then db:provision twice, then list-hospitals --json", () => {
    const code = uniqueCode("C");
    const r = hms(...SEED_EXAMPLE(code));
    expect(r.err.trim().split("\n")).toHaveLength(1); // only the warning about the password on the command line
    expect(r.err).toMatch(FLAG_WARNING);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`Hospital ${code} created`));
    for (let i = 0; i < 2; i++) {
      const p = provision();
      expect(p.code).toBe(0);
      expect(p.out).toMatch(/0 migration\(s\) applied/);
    }
    const h = listed().find((x) => x.code === code);
    expect(h).toMatchObject({ name: "City General Hospital", plan: "PROFESSIONAL", status: "ACTIVE" });
    if (driver().name === "pg") expect(h!.database).toMatch(new RegExp(`zain_hms_${code.toLowerCase()}$`));
    else expect(fs.existsSync(h!.database)).toBe(true);
    // the same code again: a clear conflict, nothing changed
    const again = hms(...SEED_EXAMPLE(code));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  /** hospital codes straight from the main database (no process spawn) */
  const codesNow = async () =>
    (await (await mainDb()).select({ code: control.hospitals.code }).from(control.hospitals)).map((h) => h.code).sort();

  it.each([
    [
      [
        "setup-hospital",
        "--name",
        "X",
        "--code",
        "../x",
        "--email",
        "a@b.test",
        "--admin-username",
        "abc",
        "--admin-email",
        "a@b.test",
        "--admin-password",
        "Harbour-Lantern-2026",
      ],
      /--code/,
    ],
    [
      [
        "setup-hospital",
        "--name",
        "X",
        "--code",
        "abc;drop",
        "--email",
        "a@b.test",
        "--admin-username",
        "abc",
        "--admin-email",
        "a@b.test",
        "--admin-password",
        "Harbour-Lantern-2026",
      ],
      /--code/,
    ],
    [
      [
        "setup-hospital",
        "--name",
        "X",
        "--code",
        "сgh001",
        "--email",
        "a@b.test",
        "--admin-username",
        "abc",
        "--admin-email",
        "a@b.test",
        "--admin-password",
        "Harbour-Lantern-2026",
      ],
      /--code/,
    ],
    [
      [
        "setup-hospital",
        "--name",
        "X",
        "--code",
        "GOODCODE1",
        "--plan",
        "GOLD",
        "--email",
        "a@b.test",
        "--admin-username",
        "abc",
        "--admin-email",
        "a@b.test",
        "--admin-password",
        "Harbour-Lantern-2026",
      ],
      /--plan/,
    ],
    [
      [
        "setup-hospital",
        "--name",
        "X",
        "--code",
        "GOODCODE2",
        "--email",
        "not-an-email",
        "--admin-username",
        "abc",
        "--admin-email",
        "a@b.test",
        "--admin-password",
        "Harbour-Lantern-2026",
      ],
      /email/,
    ],
    ...["ADMIN", "www", "Api", "APP", "static"].map((code) => [
      [
        "setup-hospital",
        "--name",
        "X",
        "--code",
        code,
        "--email",
        "a@b.test",
        "--admin-username",
        "abc",
        "--admin-email",
        "a@b.test",
        "--admin-password",
        "Harbour-Lantern-2026",
      ],
      /--code .* is reserved/,
    ]),
    [["setup-hospital", "--bogus", "1"], /--bogus/],
    [["setup-hospital", "--name", "X"], /--code|--email/],
    [["create-hospital-db", "A/B"], /CODE/],
    [["create-hospital-db"], /CODE/],
    [["list-hospitals", "--jsn"], /--jsn/],
    [["create-superadmin", "--username", "x"], /--email|--password/],
    [["frobnicate"], /unknown command/],
  ])("bad input %j → one clear line, exit 2, nothing written", async (args, flag) => {
    const codesBefore = await codesNow();
    const before = snapshot(process.env.DATA_DIR!);
    const r = hms(...(args as string[]));
    expect(r.code).toBe(2);
    // one line besides the warning about a password given on the command line
    expect(
      r.err
        .trim()
        .split("\n")
        .filter((l) => !FLAG_WARNING.test(l)),
    ).toHaveLength(1);
    expect(r.err).toMatch(flag as RegExp);
    expect(await codesNow()).toEqual(codesBefore);
    expect(snapshot(process.env.DATA_DIR!)).toEqual(before);
  });

  it("db:provision: bad flags exit 2; one broken hospital is reported and does not stop the others", () => {
    expect(provision("--concurrency", "0").code).toBe(2);
    expect(provision("--hospital", "../etc").code).toBe(2);
    expect(provision("--what").code).toBe(2);
    const ok = uniqueCode("P");
    const broken = uniqueCode("P");
    for (const code of [ok, broken]) expect(hms(...SEED_EXAMPLE(code)).code).toBe(0);
    const db = listed().find((h) => h.code === broken)!.database;
    if (driver().name === "sqlite") fs.rmSync(path.dirname(db), { recursive: true, force: true });
    else void driver().dropTenant(broken, null);
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        const r = provision("--concurrency", "3");
        expect(r.code).toBe(1);
        expect(r.err).toMatch(new RegExp(`${broken}:`));
        expect(r.out).toMatch(new RegExp(`✓ ${ok}`));
        const one = provision("--hospital", ok);
        expect(one.code).toBe(0);
        resolve();
      }, 500),
    );
  });

  it("a provisioning process killed mid-way: the hospital is not ACTIVE, and create-hospital-db completes it", () => {
    const code = uniqueCode("K");
    const crash = run("server/testing/crash-provision.ts", [code, "database"]);
    expect(crash.code).toBeNull(); // killed by a signal
    expect(crash.out).not.toMatch(/finished/);
    expect(listed().find((h) => h.code === code)?.status).toBe("PROVISIONING");
    const r = hms("create-hospital-db", code);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/unfinished setup completed/);
    expect(listed().find((h) => h.code === code)?.status).toBe("ACTIVE");
  });

  it("create-superadmin creates an account; a weak password is accepted only as temporary", () => {
    const r = hms(
      "create-superadmin",
      "--username",
      `ops${Date.now()}`,
      "--email",
      "ops@zain.test",
      "--password",
      "Beacon-Admin-Console-2026",
      "--first-name",
      "Op",
      "--last-name",
      "Erator",
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(FLAG_WARNING);
    const weak = hms(
      "create-superadmin",
      "--username",
      `weak${Date.now()}`,
      "--email",
      "ops@zain.test",
      "--password",
      "admin123",
      "--first-name",
      "Op",
      "--last-name",
      "Erator",
    );
    expect(weak.code).toBe(0);
    expect(weak.err).toMatch(/new one must be chosen/);
  });
  describe("passwords never on the command line", () => {
    const superadminArgs = (username: string) => [
      "create-superadmin",
      "--username",
      username,
      "--email",
      "ops@zain.test",
      "--first-name",
      "Op",
      "--last-name",
      "Erator",
    ];
    const hashOf = async (username: string) => {
      const [row] = await (
        await mainDb()
      )
        .select({ hash: control.users.passwordHash })
        .from(control.users)
        .where(eq(control.users.username, username));
      return row?.hash;
    };

    it("reads the password from --password-file: no warning, and the password is never printed", async () => {
      const secret = `File-Held-Secret-${Date.now()}`;
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hms-pw-")), "pw");
      fs.writeFileSync(file, `${secret}\nsecond line is ignored\n`, { mode: 0o600 });
      const username = `opsfile${Date.now()}`;
      const r = hms(...superadminArgs(username), "--password-file", file);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe("");
      expect(r.out + r.err).not.toContain(secret);
      expect(await verifyPassword((await hashOf(username))!, secret)).toBe(true);
      const missing = hms(...superadminArgs(`opsnofile${Date.now()}`), "--password-file", `${file}.nope`);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/--password-file/);
    });

    it("reads the admin password from stdin (first line) when stdin is not a terminal", async () => {
      const secret = `Piped-In-Secret-${Date.now()}`;
      const code = uniqueCode("S");
      const args = SEED_EXAMPLE(code);
      const at = args.indexOf("--admin-password");
      args.splice(at, 2);
      const r = run("scripts/hms.ts", args, { input: `${secret}\nignored\n` });
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe("");
      expect(r.out + r.err).not.toContain(secret);
      const main = await mainDb();
      const [h] = await main
        .select({ id: control.hospitals.id })
        .from(control.hospitals)
        .where(eq(control.hospitals.code, code));
      const [u] = await main
        .select({ hash: control.users.passwordHash })
        .from(control.users)
        .where(eq(control.users.hospitalId, h!.id));
      expect(await verifyPassword(u!.hash, secret)).toBe(true);
      // nothing on stdin: refused with one line, nothing created
      const none = run(
        "scripts/hms.ts",
        SEED_EXAMPLE(uniqueCode("S")).filter(
          (_, i, a) => i !== a.indexOf("--admin-password") && i !== a.indexOf("--admin-password") + 1,
        ),
      );
      expect(none.code).toBe(2);
      expect(none.err).toMatch(/no password given/);
    });

    it("the old flag still works with a warning on stderr; the password itself is never printed", async () => {
      const secret = `Flag-Given-Secret-${Date.now()}`;
      const username = `opsflag${Date.now()}`;
      const r = hms(...superadminArgs(username), "--password", secret);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toMatch(FLAG_WARNING);
      expect(r.out + r.err).not.toContain(secret);
      expect(await verifyPassword((await hashOf(username))!, secret)).toBe(true);
    });

    it("in production a development seed password is refused, and the demo seed refuses to run", async () => {
      const username = `opsprod${Date.now()}`;
      const r = run("scripts/hms.ts", superadminArgs(username), {
        input: `${DEMO_PASSWORD}\n`,
        env: { NODE_ENV: "production" },
      });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/development seed password/);
      expect(r.out + r.err).not.toContain(DEMO_PASSWORD);
      expect(await hashOf(username)).toBeUndefined();
      const prev = process.env.NODE_ENV;
      (process.env as Record<string, string>).NODE_ENV = "production";
      try {
        await expect(seedDemo({ main: await mainDb() })).rejects.toThrow(/never runs in production/);
      } finally {
        (process.env as Record<string, string | undefined>).NODE_ENV = prev;
      }
    });
  });
});
