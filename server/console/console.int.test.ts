// The super admin console over HTTP on the admin host: creating hospitals (and its errors), editing them, plan,
// status and subscription changes with their effect on sign-in, the hospitals table's numbers, health and migration.
import { TRPCClientError } from "@trpc/client";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { mainDb } from "../tenancy/main-db";
import { tenantRegistry } from "../tenancy";
import {
  cookieFor,
  hospitalHost,
  makeHospital,
  makeUser,
  signInOn,
  uniqueCode,
  ADMIN_HOST,
  type TestHospital,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { latestTenantVersion } from "./tenant-facts";

let server: ApiServer;
let console_: ReturnType<typeof apiClient>;
let demo: TestHospital;

beforeAll(async () => {
  server = await startApiServer();
  const sa = await makeUser(null, "SUPERADMIN");
  console_ = apiClient(server.port, ADMIN_HOST, await cookieFor(ADMIN_HOST, sa));
  demo = await makeHospital({ plan: "BASIC" });
}, 120_000);
afterAll(() => server.close());

async function failure(
  p: Promise<unknown>,
): Promise<{ code?: string; appCode?: string; fieldErrors?: unknown; message: string }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError)
      return {
        code: err.data?.code,
        appCode: (err.data as { appCode?: string }).appCode,
        fieldErrors: (err.data as { fieldErrors?: unknown }).fieldErrors,
        message: err.message,
      };
    throw err;
  }
  throw new Error("expected the call to fail");
}

const newHospital = (code: string) => ({
  name: "Riverside Community Hospital",
  code,
  email: `info@${code.toLowerCase()}.test`,
  phone: "+1 555 0100",
  address: "1 River Road",
  city: "Springfield",
  state: "IL",
  country: "USA",
  plan: "TRIAL" as const,
  admin: {
    username: "rivadmin",
    email: `admin@${code.toLowerCase()}.test`,
    firstName: "Rita",
    lastName: "Rivers",
  },
});

async function lastAudit(action: string) {
  const a = control.auditLog;
  const [row] = await (await mainDb()).select().from(a).where(eq(a.action, action)).orderBy(desc(a.at)).limit(1);
  return row;
}

describe(`console: hospitals (${driver().name})`, () => {
  it("creates a hospital with every provisioning step, lists it, and its admin sets a password with the code and signs in", async () => {
    const code = uniqueCode("R");
    const created = await console_.hospital.create.mutate(newHospital(code.toLowerCase()));
    expect(created.code).toBe(code);
    expect(created.steps.map((s) => s.step)).toEqual(["control-row", "database", "migrations", "meta", "active"]);
    expect(await console_.hospital.provisioning.query({ code })).toMatchObject({ state: "done" });
    const list = await console_.hospital.list.query();
    expect(list).toContainEqual(
      expect.objectContaining({ code, name: "Riverside Community Hospital", plan: "TRIAL", status: "ACTIVE" }),
    );
    // the super admin never chose a password: the admin redeems the setup code on the hospital's host
    expect(created.admin.setupCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await apiClient(server.port, hospitalHost(code)).account.redeemCode.mutate({
      username: "rivadmin",
      code: created.admin.setupCode,
      password: "Quiet-Meadow-Compass-51",
    });
    expect(await signInOn(hospitalHost(code), "rivadmin", "Quiet-Meadow-Compass-51")).toMatchObject({
      ok: true,
      role: "ADMIN",
    });
    expect(await lastAudit("hospital.created")).toMatchObject({
      hospitalCode: code,
      outcome: "SUCCESS",
      targetType: "hospital",
    });
  });

  it("answers a duplicate code with CONFLICT and a bad code with BAD_REQUEST and the reason", async () => {
    const dup = await failure(console_.hospital.create.mutate(newHospital(demo.code)));
    expect(dup).toMatchObject({ code: "CONFLICT", message: `Hospital ${demo.code} already exists` });
    for (const bad of ["ab", "../etc", "ÄBC123", "x".repeat(17)]) {
      const r = await failure(console_.hospital.create.mutate(newHospital(bad)));
      expect(r.code, bad).toBe("BAD_REQUEST");
      expect(r.message).toMatch(/Hospital code/);
    }
  });

  it("refuses a code that is a reserved subdomain (ADMIN, WWW, API, APP, STATIC) and creates nothing", async () => {
    for (const code of ["admin", "WWW", "Api", "app", "STATIC"]) {
      const r = await failure(console_.hospital.create.mutate(newHospital(code)));
      expect(r, code).toMatchObject({ code: "BAD_REQUEST", appCode: "VALIDATION" });
      expect(r.fieldErrors, code).toEqual([
        { path: "code", code: "HOSPITAL_CODE_RESERVED", params: { reserved: code.toUpperCase() } },
      ]);
      expect(r.message).toMatch(/is reserved/);
    }
    const codes = (await console_.hospital.list.query()).map((h) => h.code);
    for (const code of ["ADMIN", "WWW", "API", "APP", "STATIC"]) expect(codes).not.toContain(code);
  });

  it("edits details and records who changed what", async () => {
    const r = await console_.hospital.update.mutate({
      code: demo.code,
      name: "Demo Renamed",
      email: "desk@demo.test",
      phone: "+1 555 0199",
      address: "2 Hill St",
      city: "Shelbyville",
      state: "IL",
      country: "USA",
    });
    expect(r).toMatchObject({ name: "Demo Renamed", email: "desk@demo.test", city: "Shelbyville" });
    const got = await console_.hospital.get.query({ code: demo.code });
    expect(got).toMatchObject({
      code: demo.code,
      name: "Demo Renamed",
      admins: [expect.objectContaining({ username: "admin" })],
    });
    const entry = await lastAudit("hospital.updated");
    expect(entry?.detail).toMatchObject({ fields: expect.arrayContaining(["name", "email", "city"]) });
    expect(
      (await failure(console_.hospital.update.mutate({ code: demo.code, name: "X", email: "not-an-email" }))).code,
    ).toBe("BAD_REQUEST");
    expect((await failure(console_.hospital.get.query({ code: "NOSUCH999" }))).code).toBe("NOT_FOUND");
  });

  it("changes plan without losing data, and warns when the hospital is over the new plan's limit", async () => {
    const h = await makeHospital({ plan: "ENTERPRISE" });
    const reception = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
    await reception.patient.create.mutate({
      firstName: "Omar",
      lastName: "Haddad",
      dateOfBirth: "1980-04-02",
      gender: "M",
    });
    const r = await console_.hospital.setPlan.mutate({ code: h.code, plan: "TRIAL" });
    expect(r).toMatchObject({ hospital: { plan: "TRIAL" }, patients: 1, maxPatients: 100, overLimit: false });
    expect((await console_.hospital.list.query({ search: h.code })).find((x) => x.code === h.code)?.patients).toBe(1);
    // entering TRIAL starts a trial from today; leaving it does not keep the trial's end
    const trialEnd = (await console_.hospital.get.query({ code: h.code })).subscriptionEndsAt;
    expect(trialEnd).toBeInstanceOf(Date);
    expect(Math.round(((trialEnd as Date).getTime() - Date.now()) / 86_400_000)).toBe(30);
    await console_.hospital.setPlan.mutate({ code: h.code, plan: "BASIC" });
    expect((await console_.hospital.get.query({ code: h.code })).subscriptionEndsAt).toBeNull();
  });

  it("SUSPENDED refuses staff sign-in and ends sessions; EXPIRED lets them sign in read-only; PROVISIONING cannot be set", async () => {
    const h = await makeHospital();
    const cookie = await cookieFor(h.host, h.admin);
    const staff = apiClient(server.port, h.host, cookie);
    expect(await staff.account.me.query()).toMatchObject({ hospital: { code: h.code } });

    const doctor = await makeUser(h, "DOCTOR");
    const suspended = await console_.hospital.setStatus.mutate({ code: h.code, status: "SUSPENDED" });
    expect(suspended).toMatchObject({ hospital: { status: "SUSPENDED" }, sessionsEnded: 1 });
    expect(await signInOn(h.host, doctor.username)).toEqual({ ok: false, error: "SUSPENDED" });
    expect((await failure(staff.account.me.query())).code).toBe("UNAUTHORIZED"); // every session was ended
    expect(await signInOn(h.host, h.admin.username)).toMatchObject({ ok: true }); // its ADMIN: the account area

    await console_.hospital.setStatus.mutate({ code: h.code, status: "EXPIRED" });
    const back = await signInOn(h.host, h.admin.username);
    expect(back).toMatchObject({ ok: true });
    const expired = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
    expect(await expired.patient.list.query({})).toMatchObject({ items: [] });
    const write = await failure(
      expired.patient.create.mutate({ firstName: "A", lastName: "B", dateOfBirth: "1990-01-01", gender: "F" }),
    );
    expect(write).toMatchObject({ code: "FORBIDDEN", appCode: "READ_ONLY" });

    await console_.hospital.setStatus.mutate({ code: h.code, status: "ACTIVE" });
    expect(await signInOn(h.host, h.admin.username)).toMatchObject({ ok: true });
    const bad = await failure(console_.hospital.setStatus.mutate({ code: h.code, status: "PROVISIONING" as "ACTIVE" }));
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("sets subscription dates (end on or after start, real dates only)", async () => {
    const r = await console_.hospital.setSubscription.mutate({
      code: demo.code,
      startsOn: "2026-01-01",
      endsOn: "2099-12-31",
    });
    expect(r.subscriptionStartsAt.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(r.subscriptionEndsAt?.toISOString()).toBe("2099-12-31T23:59:59.999Z");
    expect(r.readOnly).toBe(false);
    const open = await console_.hospital.setSubscription.mutate({
      code: demo.code,
      startsOn: "2026-01-01",
      endsOn: null,
    });
    expect(open.subscriptionEndsAt).toBeNull();
    expect(
      (
        await failure(
          console_.hospital.setSubscription.mutate({ code: demo.code, startsOn: "2026-05-01", endsOn: "2026-04-30" }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
    expect(
      (
        await failure(
          console_.hospital.setSubscription.mutate({ code: demo.code, startsOn: "2026-02-30", endsOn: null }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
    const past = await console_.hospital.setSubscription.mutate({
      code: demo.code,
      startsOn: "2020-01-01",
      endsOn: "2020-12-31",
    });
    expect(past.readOnly).toBe(true);
    await console_.hospital.setSubscription.mutate({ code: demo.code, startsOn: "2020-01-01", endsOn: null });
  });

  it("the hospitals table counts patients, staff and database size per hospital", async () => {
    const h = await makeHospital({ plan: "PROFESSIONAL" });
    await makeUser(h, "DOCTOR");
    const nurse = await makeUser(h, "NURSE");
    await (await mainDb()).update(control.users).set({ isActive: false }).where(eq(control.users.id, nurse.id));
    const admin = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
    for (const first of ["Lina", "Karim", "Sara"])
      await admin.patient.create.mutate({
        firstName: first,
        lastName: "Nasser",
        dateOfBirth: "1975-06-15",
        gender: "O",
      });
    const row = (await console_.hospital.list.query({ search: h.code.toLowerCase() }))[0];
    expect(row).toMatchObject({
      code: h.code,
      patients: 3,
      staff: 3,
      activeStaff: 2,
      maxPatients: 10_000,
      databaseReachable: true,
      schemaVersion: latestTenantVersion(),
    });
    expect(row?.databaseBytes).toBeGreaterThan(0);
    expect(row?.lastMigratedAt).toBeInstanceOf(Date);
    const filtered = await console_.hospital.list.query({ plan: "PROFESSIONAL", status: "ACTIVE" });
    expect(filtered.every((x) => x.plan === "PROFESSIONAL" && x.status === "ACTIVE")).toBe(true);
    expect(await lastAudit("superadmin.view")).toMatchObject({
      targetId: "hospital.list",
      detail: { view: "hospital.list", filters: { plan: "PROFESSIONAL", status: "ACTIVE" } },
    });
  });

  it("refuses changes to a hospital still provisioning, and migrate completes it", async () => {
    const h = await makeHospital();
    await tenantRegistry().forget(h.code);
    await (
      await mainDb()
    )
      .update(control.hospitals)
      .set({ status: "PROVISIONING" })
      .where(eq(control.hospitals.code, h.code));
    expect((await failure(console_.hospital.setPlan.mutate({ code: h.code, plan: "BASIC" }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    expect((await console_.hospital.list.query({ search: h.code })).find((x) => x.code === h.code)).toMatchObject({
      status: "PROVISIONING",
      patients: null,
      databaseReachable: false,
    });
    const r = await console_.system.migrate.mutate({ code: h.code });
    expect(r).toMatchObject({ failed: 0, results: [{ code: h.code, ok: true, completedProvisioning: true }] });
    expect((await console_.hospital.get.query({ code: h.code })).status).toBe("ACTIVE");
  });

  it("health reports every hospital database; an unavailable one never breaks the list, and migrate-all reports it", async () => {
    const broken = await makeHospital();
    await tenantRegistry().forget(broken.code);
    await driver().dropTenant(broken.code, null);
    const list = await console_.hospital.list.query();
    expect(list.find((x) => x.code === broken.code)).toMatchObject({ patients: null, databaseReachable: false });
    expect(list.find((x) => x.code === demo.code)).toMatchObject({ databaseReachable: true });

    const health = await console_.system.health.query();
    expect(health.main).toMatchObject({ reachable: true });
    expect(health.latestSchemaVersion).toBe(latestTenantVersion());
    expect(health.hospitals.find((x) => x.code === demo.code)).toMatchObject({
      reachable: true,
      upToDate: true,
      schemaVersion: latestTenantVersion(),
    });
    expect(health.hospitals.find((x) => x.code === broken.code)).toMatchObject({ reachable: false, upToDate: false });

    const all = await console_.system.migrate.mutate({});
    expect(all.results.length).toBe(health.hospitals.length);
    expect(all.failed).toBe(1);
    expect(all.results.find((x) => x.code === broken.code)).toMatchObject({ ok: false });
    expect(all.results.find((x) => x.code === demo.code)).toMatchObject({
      ok: true,
      applied: 0,
      version: latestTenantVersion(),
    });
    const a = control.auditLog;
    const failed = await (
      await mainDb()
    )
      .select()
      .from(a)
      .where(and(eq(a.action, "system.migrate"), eq(a.hospitalCode, broken.code)));
    expect(failed.at(-1)).toMatchObject({ outcome: "FAILURE" });
    expect((await failure(console_.system.migrate.mutate({ code: "NOSUCH999" }))).code).toBe("NOT_FOUND");
  });

  it("stats: hospitals by plan and status, patients and active users per hospital, sign-ins per day", async () => {
    const stats = await console_.hospital.stats.query();
    const list = await console_.hospital.list.query();
    expect(stats.totals.hospitals).toBe(list.length);
    expect(Object.values(stats.byPlan).reduce((a, b) => a + b, 0)).toBe(list.length);
    expect(stats.byStatus.ACTIVE).toBe(list.filter((x) => x.status === "ACTIVE").length);
    expect(stats.signInsPerDay).toHaveLength(30);
    expect(stats.signInsPerDay.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
    expect(stats.signInsPerDay.at(-1)?.success).toBeGreaterThan(0);
    expect(stats.perHospital.find((x) => x.code === demo.code)).toMatchObject({ activeUsers: expect.any(Number) });
  });
});
