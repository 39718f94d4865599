import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { control, driver, tenant } from "@/db";
import { AppError } from "../errors";
import { makeHospital, TEST_PASSWORD, uniqueCode } from "../testing/fixtures";
import { backupHospital, restoreHospital } from "./backup";
import { readTenantCode, tenantRegistry, withHospital } from "./index";
import { mainDb } from "./main-db";
import { createHospital, migrateHospital, type ProvisionStep } from "./provision";

const input = (code: string, extra: Partial<Parameters<typeof createHospital>[0]> = {}) => ({
  name: `Provision Test ${code}`,
  code,
  email: "ops@hospital.test",
  plan: "BASIC" as const,
  admin: {
    username: "chief",
    email: "chief@hospital.test",
    password: TEST_PASSWORD,
    firstName: "Chief",
    lastName: "Admin",
  },
  ...extra,
});

async function hospitalRow(code: string) {
  const [row] = await (await mainDb()).select().from(control.hospitals).where(eq(control.hospitals.code, code));
  return row;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe(`provisioning (${driver().name})`, () => {
  it("creates control row, database, tenant schema, meta row and admin, then ACTIVE", async () => {
    const code = uniqueCode();
    const r = await createHospital(input(code));
    expect(r).toMatchObject({ code, resumed: false, temporaryPassword: null });
    const row = await hospitalRow(code);
    expect(row).toMatchObject({ status: "ACTIVE", plan: "BASIC", provisionOwner: null });
    expect(row!.schemaVersion).toBeGreaterThan(0);
    expect(await driver().tenantExists(code, null)).toBe(true);
    await withHospital(code, async (db) => {
      expect(await readTenantCode(db)).toBe(code);
      expect(await db.select().from(tenant.patients)).toEqual([]);
    });
    const [admin] = await (await mainDb()).select().from(control.users).where(eq(control.users.hospitalId, row!.id));
    expect(admin).toMatchObject({ username: "chief", role: "ADMIN", isActive: true });
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
    if (driver().name === "sqlite") {
      expect(driver().describeTenant(code, null)).toBe(
        path.join(process.env.DATA_DIR!, "hospitals", code, "db.sqlite3"),
      );
    } else {
      expect(driver().describeTenant(code, null)).toMatch(new RegExp(`/zain_hms_${code.toLowerCase()}$`));
    }
  });

  it("gives a TRIAL hospital a 30-day subscription", async () => {
    const code = uniqueCode();
    await createHospital(input(code, { plan: "TRIAL" }));
    const row = await hospitalRow(code);
    const days = (row!.subscriptionEndsAt!.getTime() - row!.subscriptionStartsAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 5);
  });

  const steps: ProvisionStep[] = ["control-row", "database", "migrations", "meta"];
  it.each(steps)("a crash after '%s' leaves nothing ACTIVE, and a rerun completes it", async (step) => {
    const code = uniqueCode();
    await expect(
      createHospital(input(code), {
        afterStep: (s) => {
          if (s === step) throw new Error(`simulated crash after ${s}`);
        },
      }),
    ).rejects.toThrow(/simulated crash/);
    const half = await hospitalRow(code);
    expect(half?.status).toBe("PROVISIONING");
    // a half-made hospital never serves
    await expect(tenantRegistry().with(code, async () => "served")).rejects.toThrow();

    const r = await createHospital(input(code));
    expect(r.resumed).toBe(true);
    expect((await hospitalRow(code))?.status).toBe("ACTIVE");
    await withHospital(code, async (db) => expect(await readTenantCode(db)).toBe(code));
  });

  it("db:provision (migrateHospital) also completes a half-made hospital", async () => {
    const code = uniqueCode();
    await expect(
      createHospital(input(code), {
        afterStep: (s) => {
          if (s === "database") throw new Error("simulated crash");
        },
      }),
    ).rejects.toThrow();
    const r = await migrateHospital(code);
    expect(r.completedProvisioning).toBe(true);
    expect((await hospitalRow(code))?.status).toBe("ACTIVE");
  });

  it("two concurrent creations of one code: exactly one succeeds, the other gets CONFLICT", async () => {
    const code = uniqueCode();
    const results = await Promise.allSettled([
      createHospital(input(code)),
      createHospital(input(code)),
      createHospital(input(code)),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(2);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(AppError);
      expect((f.reason as AppError).trpcCode).toBe("CONFLICT");
      expect((f.reason as AppError).message).toMatch(new RegExp(code));
    }
    expect((await hospitalRow(code))?.status).toBe("ACTIVE");
  });

  it("creating an existing code again is a CONFLICT and changes nothing", async () => {
    const h = await makeHospital();
    await expect(createHospital(input(h.code, { name: "Other" }))).rejects.toMatchObject({ code: "HOSPITAL_EXISTS" });
    expect((await hospitalRow(h.code))?.name).toBe(h.name);
  });

  it.each(["../x", "A/B", "abc;drop", "сgh001", "AB", "A2345678901234567", "", "x\u0000y"])(
    "refuses hostile code %j before touching a path or an identifier",
    async (code) => {
      // other test files and processes write to the temp directory too (each test file in its own zain-test-*
      // data directory): compare only database files, the only kind provisioning makes, outside any such directory
      const databaseFiles = () =>
        new Set(
          filesUnder(os.tmpdir()).filter(
            (f) => /\.sqlite3(-wal|-shm|-journal)?$/.test(f) && !path.relative(os.tmpdir(), f).startsWith("zain-"),
          ),
        );
      const outside = databaseFiles();
      const before = filesUnder(process.env.DATA_DIR!);
      const badRequest = (e: unknown) => e instanceof AppError && e.trpcCode === "BAD_REQUEST";
      await expect(createHospital(input(code))).rejects.toSatisfy(badRequest);
      await expect(withHospital(code, async () => 1)).rejects.toSatisfy(badRequest);
      await expect(migrateHospital(code)).rejects.toThrow();
      expect(filesUnder(process.env.DATA_DIR!)).toEqual(before);
      expect([...databaseFiles()].filter((f) => !outside.has(f))).toEqual([]);
      expect(fs.existsSync(path.resolve(process.env.DATA_DIR!, "x"))).toBe(false);
      expect(fs.existsSync(path.resolve(process.env.DATA_DIR!, "..", "x"))).toBe(false);
    },
  );

  it("refuses to serve a database whose meta row names another hospital", async () => {
    const a = await makeHospital();
    const b = await makeHospital();
    await withHospital(b.code, async (db) => {
      await db.update(tenant.meta).set({ hospitalCode: a.code }).where(eq(tenant.meta.id, 1));
    });
    await tenantRegistry().forget(b.code);
    await expect(withHospital(b.code, async () => "served")).rejects.toThrow(/belongs to/);
  });

  it("migrating is idempotent and reports the schema version", async () => {
    const h = await makeHospital();
    const first = await migrateHospital(h.code);
    const second = await migrateHospital(h.code);
    expect(first.applied).toBe(0);
    expect(second).toMatchObject({ applied: 0, version: first.version, completedProvisioning: false });
  });

  it("backs up and restores a hospital, and refuses another hospital's backup", async () => {
    const a = await makeHospital();
    const b = await makeHospital();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zain-backup-"));
    try {
      const file = path.join(dir, `${a.code}.backup`);
      const r = await backupHospital(a.code, file);
      expect(r.bytes).toBeGreaterThan(0);
      await expect(restoreHospital(b.code, file)).rejects.toThrow(new RegExp(`belongs to hospital ${a.code}`));
      await withHospital(b.code, async (db) => expect(await readTenantCode(db)).toBe(b.code));
      await restoreHospital(a.code, file);
      await withHospital(a.code, async (db) => expect(await readTenantCode(db)).toBe(a.code));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
