// The super admin console over HTTP: users across hospitals (create an admin and reset a password — both with a
// one-time code the user redeems by choosing their own password —, deactivate, unlock;
// super admin accounts untouchable) and the read-only data browser, every view of which is itself audited.
import { TRPCClientError } from "@trpc/client";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { newId } from "@/db/id";
import { mainDb } from "../tenancy/main-db";
import {
  cookieFor,
  makeHospital,
  makeUser,
  signInOn,
  ADMIN_HOST,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let console_: ReturnType<typeof apiClient>;
let sa: TestUser;
let a: TestHospital;
let b: TestHospital;

beforeAll(async () => {
  server = await startApiServer();
  sa = await makeUser(null, "SUPERADMIN");
  console_ = apiClient(server.port, ADMIN_HOST, await cookieFor(ADMIN_HOST, sa));
  a = await makeHospital();
  b = await makeHospital();
}, 120_000);
afterAll(() => server.close());

type Failure = {
  code?: string;
  message: string;
  data?: { appCode?: string; field?: string; fieldErrors?: unknown[] };
};
async function failure(p: Promise<unknown>): Promise<Failure> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError) return { code: err.data?.code, message: err.message, data: err.data };
    throw err;
  }
  throw new Error("expected the call to fail");
}

const STRONG = "Copper-Lantern-Orchard-84";
const views = async (view: string) => {
  const al = control.auditLog;
  const [r] = await (
    await mainDb()
  )
    .select({ n: count() })
    .from(al)
    .where(and(eq(al.action, "superadmin.view"), eq(al.targetId, view)));
  return r?.n ?? 0;
};

describe(`console: users across hospitals (${driver().name})`, () => {
  it("creates a hospital admin who chooses their own password with the setup code, on that hospital's host only", async () => {
    const created = await console_.platformUser.createHospitalAdmin.mutate({
      hospitalCode: a.code,
      username: "Second.Admin",
      email: "second@a.test",
      firstName: "Sam",
      lastName: "Second",
    });
    expect(created).toMatchObject({
      username: "second.admin",
      role: "ADMIN",
      hospitalCode: a.code,
      mustChangePassword: true,
      locked: false,
    });
    expect(created.setupCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    // the code is redeemed only on the admin's own hospital's host
    const onB = await failure(
      apiClient(server.port, b.host).account.redeemCode.mutate({
        username: "second.admin",
        code: created.setupCode,
        password: STRONG,
      }),
    );
    expect(onB.data?.appCode).toBe("ACCOUNT_CODE_INVALID");
    await apiClient(server.port, a.host).account.redeemCode.mutate({
      username: "second.admin",
      code: created.setupCode.toLowerCase().replace(/-/g, " "),
      password: STRONG,
    });
    expect(await signInOn(a.host, "second.admin", STRONG)).toMatchObject({
      ok: true,
      role: "ADMIN",
      hospitalCode: a.code,
    });
    expect(await signInOn(b.host, "second.admin", STRONG)).toEqual({ ok: false, error: "INVALID" });

    const dup = await failure(
      console_.platformUser.createHospitalAdmin.mutate({
        hospitalCode: a.code,
        username: "second.admin",
        email: "x@a.test",
        firstName: "X",
        lastName: "Y",
      }),
    );
    expect(dup.code).toBe("CONFLICT");
    const none = await failure(
      console_.platformUser.createHospitalAdmin.mutate({
        hospitalCode: "NOSUCH999",
        username: "nobody",
        email: "n@a.test",
        firstName: "N",
        lastName: "O",
      }),
    );
    expect(none.code).toBe("NOT_FOUND");
  });

  it("lists users of every hospital with filters, lock state, and super admins", async () => {
    const doctor = await makeUser(b, "DOCTOR");
    const all = await console_.platformUser.list.query({ pageSize: 100 });
    expect(all.items.map((u) => u.id)).toEqual(expect.arrayContaining([a.admin.id, b.admin.id, doctor.id, sa.id]));
    expect(all.total).toBeGreaterThanOrEqual(4);
    const ofB = await console_.platformUser.list.query({ hospitalCode: b.code.toLowerCase(), role: "DOCTOR" });
    expect(ofB.items).toEqual([expect.objectContaining({ id: doctor.id, hospitalCode: b.code, locked: false })]);
    const search = await console_.platformUser.list.query({ search: doctor.username.toUpperCase() });
    expect(search.items.map((u) => u.id)).toEqual([doctor.id]);
    const admins = await console_.platformUser.list.query({ role: "SUPERADMIN" });
    expect(admins.items.every((u) => u.role === "SUPERADMIN" && u.hospitalCode === null)).toBe(true);
    const page2 = await console_.platformUser.list.query({ page: 2, pageSize: 1 });
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0]?.id).toBe(all.items[1]?.id);
  });

  it("resets a password with a one-time code: the old password and sessions end, the user chooses the new one", async () => {
    const nurse = await makeUser(a, "NURSE");
    const session = apiClient(server.port, a.host, await cookieFor(a.host, nurse));
    expect(await session.account.me.query()).toMatchObject({ mustChangePassword: false });
    const r = await console_.platformUser.resetPassword.mutate({ id: nurse.id });
    expect(r).toMatchObject({ mustChangePassword: true });
    expect(r.resetCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect((await failure(session.account.me.query())).code).toBe("UNAUTHORIZED");
    expect(await signInOn(a.host, nurse.username)).toEqual({ ok: false, error: "INVALID" });
    const publicA = apiClient(server.port, a.host);
    const weak = await failure(
      publicA.account.redeemCode.mutate({ username: nurse.username, code: r.resetCode, password: "letmein" }),
    );
    expect(weak.data?.field).toBe("password");
    await publicA.account.redeemCode.mutate({ username: nurse.username, code: r.resetCode, password: STRONG });
    const after = apiClient(
      server.port,
      a.host,
      await cookieFor(a.host, { username: nurse.username, password: STRONG }),
    );
    expect(await after.account.me.query()).toMatchObject({ mustChangePassword: false });
    // once only
    const again = await failure(
      publicA.account.redeemCode.mutate({ username: nurse.username, code: r.resetCode, password: `${STRONG}x` }),
    );
    expect(again.data?.appCode).toBe("ACCOUNT_CODE_INVALID");
  });

  it("deactivates (sign-in refused, sessions ended), reactivates, and unlocks", async () => {
    const clerk = await makeUser(b, "ACCOUNTANT");
    const session = apiClient(server.port, b.host, await cookieFor(b.host, clerk));
    const off = await console_.platformUser.setActive.mutate({ id: clerk.id, active: false });
    expect(off.isActive).toBe(false);
    expect((await failure(session.account.me.query())).code).toBe("UNAUTHORIZED");
    expect(await signInOn(b.host, clerk.username)).toEqual({ ok: false, error: "INVALID" });
    await console_.platformUser.setActive.mutate({ id: clerk.id, active: true });
    expect(await signInOn(b.host, clerk.username)).toMatchObject({ ok: true });

    await (
      await mainDb()
    )
      .update(control.users)
      .set({ lockedUntil: new Date(Date.now() + 600_000), failedLogins: 10 })
      .where(eq(control.users.id, clerk.id));
    expect((await console_.platformUser.list.query({ status: "locked" })).items.map((u) => u.id)).toContain(clerk.id);
    expect(await signInOn(b.host, clerk.username)).toEqual({ ok: false, error: "INVALID" });
    const unlocked = await console_.platformUser.unlock.mutate({ id: clerk.id });
    expect(unlocked).toMatchObject({ locked: false, failedLogins: 0 });
    expect(await signInOn(b.host, clerk.username)).toMatchObject({ ok: true });
  });

  it("never acts on super admin accounts, and answers an unknown id with NOT_FOUND", async () => {
    const other = await makeUser(null, "SUPERADMIN");
    expect((await failure(console_.platformUser.resetPassword.mutate({ id: other.id }))).code).toBe("FORBIDDEN");
    expect((await failure(console_.platformUser.setActive.mutate({ id: other.id, active: false }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await failure(console_.platformUser.unlock.mutate({ id: sa.id }))).code).toBe("FORBIDDEN");
    expect((await failure(console_.platformUser.unlock.mutate({ id: newId() }))).code).toBe("NOT_FOUND");
    expect((await failure(console_.platformUser.unlock.mutate({ id: "not-a-uuid" }))).code).toBe("BAD_REQUEST");
  });
});

describe(`console: data browser (${driver().name})`, () => {
  it("lists hospitals, users, departments and the audit log read-only, each view audited", async () => {
    const now = new Date();
    await (
      await mainDb()
    )
      .insert(control.departments)
      .values({ id: newId(), hospitalId: a.id, code: "CARD", name: "Cardiology", createdAt: now, updatedAt: now });

    const before = await views("browse.hospitals");
    const hospitals = await console_.browse.hospitals.query({ search: a.code.toLowerCase() });
    expect(hospitals).toMatchObject({ total: 1, items: [{ code: a.code }] });
    expect(await views("browse.hospitals")).toBe(before + 1);

    const users = await console_.browse.users.query({ hospitalCode: b.code, pageSize: 100 });
    expect(users.items.length).toBeGreaterThan(0);
    expect(users.items.every((u) => u.hospitalCode === b.code)).toBe(true);
    expect(JSON.stringify(users.items)).not.toMatch(/passwordHash|mfaSecret|argon2/);
    expect(await views("browse.users")).toBe(1);

    const departments = await console_.browse.departments.query({ hospitalCode: a.code });
    expect(departments).toMatchObject({
      total: 1,
      items: [{ code: "CARD", name: "Cardiology", hospitalCode: a.code }],
    });
    expect((await console_.browse.departments.query({ hospitalCode: b.code })).total).toBe(0);
    expect(await views("browse.departments")).toBe(2);

    const log = await console_.browse.auditLog.query({ action: "superadmin.view", pageSize: 100 });
    expect(log.items.length).toBeGreaterThanOrEqual(4);
    expect(log.items[0]).toMatchObject({ action: "superadmin.view", actorUsername: sa.username, host: ADMIN_HOST });
    const signIns = await console_.browse.auditLog.query({
      action: "auth.sign_in",
      outcome: "FAILURE",
      hospitalCode: b.code,
    });
    expect(signIns.items.every((e) => e.outcome === "FAILURE" && e.hospitalCode === b.code)).toBe(true);
    expect(await views("browse.auditLog")).toBe(2);
    const entry = (
      await console_.browse.auditLog.query({ action: "superadmin.view", pageSize: 1, includeOwnViews: true })
    ).items[0];
    expect(entry?.detail).toMatchObject({
      view: "browse.auditLog",
      filters: { action: "auth.sign_in", outcome: "FAILURE", hospitalCode: b.code },
    });
    // the list's own views do not flood it; asked for, they are there
    const byDefault = await console_.browse.auditLog.query({ action: "superadmin.view", pageSize: 100 });
    expect(byDefault.items.filter((e) => e.targetId === "browse.auditLog")).toEqual([]);
  });

  it("rejects bad filters with BAD_REQUEST and unknown hospitals with NOT_FOUND", async () => {
    expect((await failure(console_.browse.auditLog.query({ from: "2026-02-30" }))).code).toBe("BAD_REQUEST");
    expect((await failure(console_.browse.auditLog.query({ from: "2026-03-02", to: "2026-03-01" }))).code).toBe(
      "BAD_REQUEST",
    );
    expect((await failure(console_.browse.users.query({ pageSize: 1000 }))).code).toBe("BAD_REQUEST");
    expect((await failure(console_.browse.users.query({ hospitalCode: "../x" }))).code).toBe("BAD_REQUEST");
    expect((await failure(console_.browse.departments.query({ hospitalCode: "NOSUCH999" }))).code).toBe("NOT_FOUND");
    const today = new Date().toISOString().slice(0, 10);
    const todays = await console_.browse.auditLog.query({ from: today, to: today });
    expect(todays.total).toBeGreaterThan(0);
  });
});
