import { TRPCClientError } from "@trpc/client";
import { and, desc, eq } from "drizzle-orm";
import { authenticator } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { HOSPITAL_ROLES } from "@/shared/enums";
import { mainDb } from "../tenancy/main-db";
import { parseHost } from "../tenancy/host";
import {
  cookieFor,
  makeHospital,
  makeUser,
  platformCtxOf,
  sessionCookie,
  signInOn,
  ADMIN_HOST,
  TEST_PASSWORD,
  type TestHospital,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { beginMfaEnrolment, confirmMfaEnrolment } from "./mfa";
import { signIn, SIGN_IN_MESSAGES } from "./sign-in";
import { ACCOUNT_FAILURE_LIMIT, IP_FAILURE_LIMIT } from "./throttle";

let server: ApiServer;
let a: TestHospital;
let b: TestHospital;
beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  b = await makeHospital();
}, 60_000);
afterAll(() => server.close());

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { code?: string } | undefined)?.code : String(err);
const main = () => mainDb();
async function setHospital(code: string, patch: Partial<typeof control.hospitals.$inferInsert>) {
  await (await main()).update(control.hospitals).set(patch).where(eq(control.hospitals.code, code));
}

describe(`sign-in (${driver().name})`, () => {
  it("every role signs in on its own hospital's host", async () => {
    for (const role of HOSPITAL_ROLES) {
      const u = await makeUser(a, role);
      const r = await signInOn(a.host, u.username);
      expect(r, role).toMatchObject({ ok: true, role, hospitalCode: a.code });
    }
  });

  it("answers one generic failure whatever was wrong", async () => {
    const doctorA = await makeUser(a, "DOCTOR");
    const sa = await makeUser(null, "SUPERADMIN");
    const inactive = await makeUser(a, "NURSE");
    await (await main()).update(control.users).set({ isActive: false }).where(eq(control.users.id, inactive.id));
    const attempts = [
      signInOn(a.host, doctorA.username, "wrong-password-123"), // wrong password
      signInOn(a.host, "nobody-here"), // unknown user
      signInOn(b.host, doctorA.username), // A's user, right password, on B's host
      signInOn(a.host, sa.username), // a super admin on a hospital host
      signInOn(ADMIN_HOST, doctorA.username), // a hospital user on the admin host
      signInOn(a.host, inactive.username), // deactivated
      signInOn("zain.test", doctorA.username), // the bare root domain
      signInOn("nosuch12.zain.test", doctorA.username), // no such hospital
      signInOn(a.host, ""), // empty
    ];
    for (const r of await Promise.all(attempts)) expect(r).toEqual({ ok: false, error: "INVALID" });
    expect(SIGN_IN_MESSAGES.INVALID).toBe("Invalid username or password");
    expect(await signInOn(ADMIN_HOST, sa.username)).toMatchObject({ ok: true, hospitalCode: null });
  });

  it("usernames are case-insensitive and passwords are not", async () => {
    const u = await makeUser(a, "DOCTOR");
    expect((await signInOn(a.host, u.username.toUpperCase())).ok).toBe(true);
    expect((await signInOn(a.host, u.username, TEST_PASSWORD.toUpperCase())).ok).toBe(false);
  });

  it("records every attempt in the control audit log with user, host, IP, time and outcome", async () => {
    const u = await makeUser(a, "DOCTOR");
    await signInOn(a.host, u.username, "nope-nope-nope-nope");
    await signInOn(a.host, u.username);
    const rows = await (
      await main()
    )
      .select()
      .from(control.auditLog)
      .where(and(eq(control.auditLog.action, "auth.sign_in"), eq(control.auditLog.actorUsername, u.username)))
      .orderBy(desc(control.auditLog.at));
    expect(rows.map((r) => r.outcome).sort()).toEqual(["FAILURE", "SUCCESS"]);
    for (const r of rows)
      expect(r).toMatchObject({ host: a.host, ip: "203.0.113.7", hospitalCode: a.code, actorUserId: u.id });
  });

  it("locks an account after 10 consecutive failures for 15 minutes; an admin sees the lock and lifts it", async () => {
    const u = await makeUser(a, "NURSE");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++)
      expect((await signInOn(a.host, u.username, `wrong-${i}-password`)).ok).toBe(false);
    const locked = await signInOn(a.host, u.username);
    expect(locked).toEqual({ ok: false, error: "INVALID" }); // even the right password, same answer
    const [row] = await (await main()).select().from(control.users).where(eq(control.users.id, u.id));
    expect(row!.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    const admin = apiClient(server.port, a.host, await cookieFor(a.host, a.admin));
    const listed = (await admin.user.list.query({})).find((s) => s.id === u.id)!;
    expect(listed.locked).toBe(true);
    expect(listed.failedLogins).toBeGreaterThanOrEqual(ACCOUNT_FAILURE_LIMIT);
    const unlocked = await admin.user.unlock.mutate({ id: u.id });
    expect(unlocked.lockedUntil).toBeNull();
    expect((await signInOn(a.host, u.username)).ok).toBe(true);
  });

  it("throttles an IP that fails too often, whatever the accounts", async () => {
    const host = parseHost(b.host);
    for (let i = 0; i < IP_FAILURE_LIMIT + 1; i++) {
      await signIn({ host, username: `spray${i}`, password: "x", ip: "198.51.100.99", userAgent: "t" });
    }
    const r = await signIn({
      host,
      username: b.admin.username,
      password: TEST_PASSWORD,
      ip: "198.51.100.99",
      userAgent: "t",
    });
    expect(r).toEqual({ ok: false, error: "THROTTLED" });
    expect(
      (
        await signIn({
          host,
          username: b.admin.username,
          password: TEST_PASSWORD,
          ip: "198.51.100.100",
          userAgent: "t",
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses sign-in to a SUSPENDED hospital with an explanation, except its ADMINs; EXPIRED still signs in (read-only)", async () => {
    const h = await makeHospital();
    const doctor = await makeUser(h, "DOCTOR");
    await setHospital(h.code, { status: "SUSPENDED" });
    expect(await signInOn(h.host, doctor.username)).toEqual({ ok: false, error: "SUSPENDED" });
    expect(await signInOn(h.host, "nosuchuser")).toEqual({ ok: false, error: "SUSPENDED" });
    expect(await signInOn(h.host, h.admin.username, "Wrong-Password-123456")).toMatchObject({
      ok: false,
      error: "INVALID",
    });
    expect((await signInOn(h.host, h.admin.username)).ok).toBe(true); // the account area only (plans.int.test.ts)
    expect(SIGN_IN_MESSAGES.SUSPENDED).toMatch(/suspended/);
    await setHospital(h.code, { status: "EXPIRED" });
    expect((await signInOn(h.host, h.admin.username)).ok).toBe(true);
  });
});

describe(`two-step sign-in (${driver().name})`, () => {
  it("enrols with a QR/manual key, then needs a code; codes cannot be replayed; a recovery code works once", async () => {
    const u = await makeUser(a, "DOCTOR");
    const first = await signInOn(a.host, u.username);
    if (!first.ok) throw new Error("sign-in");
    const ctx = await platformCtxOf(u, a);
    const enrol = await beginMfaEnrolment(ctx, "Zain HMS test");
    expect(enrol.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const secret = enrol.manualKey.replace(/\s/g, "");
    const totpNow = authenticator.clone({ epoch: Date.now() });
    await expect(confirmMfaEnrolment(ctx, "000000")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: [{ path: "code", code: "MFA_CODE_INVALID" }],
    });
    const { recoveryCodes } = await confirmMfaEnrolment(ctx, totpNow.generate(secret));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await (
      await main()
    )
      .select()
      .from(control.recoveryCodes)
      .where(eq(control.recoveryCodes.userId, u.id));
    expect(stored.every((s) => !recoveryCodes.includes(s.codeHash))).toBe(true); // stored hashed

    expect(await signInOn(a.host, u.username)).toEqual({ ok: false, error: "MFA_REQUIRED" });
    expect(await signInOn(a.host, u.username, TEST_PASSWORD, "123456")).toEqual({ ok: false, error: "MFA_INVALID" });
    // the current step was spent confirming the enrolment: the next step's code (within the ±1 window) works once
    const nextCode = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);
    expect((await signInOn(a.host, u.username, TEST_PASSWORD, nextCode)).ok).toBe(true);
    expect(await signInOn(a.host, u.username, TEST_PASSWORD, nextCode)).toEqual({ ok: false, error: "MFA_INVALID" });
    // a code two steps ahead is outside the window
    const farCode = authenticator.clone({ epoch: Date.now() + 95_000 }).generate(secret);
    if (farCode !== nextCode)
      expect(await signInOn(a.host, u.username, TEST_PASSWORD, farCode)).toEqual({ ok: false, error: "MFA_INVALID" });

    expect((await signInOn(a.host, u.username, TEST_PASSWORD, recoveryCodes[3]!.toLowerCase())).ok).toBe(true);
    expect(await signInOn(a.host, u.username, TEST_PASSWORD, recoveryCodes[3]!)).toEqual({
      ok: false,
      error: "MFA_INVALID",
    });
    // a wrong password with a good code is still the generic failure
    expect(await signInOn(a.host, u.username, "wrong-password-abc", recoveryCodes[4]!)).toEqual({
      ok: false,
      error: "INVALID",
    });
  });

  it("a hospital that requires MFA sends un-enrolled staff to enrol before anything else", async () => {
    const h = await makeHospital();
    const [row] = await (
      await main()
    )
      .select({ settings: control.hospitals.settings })
      .from(control.hospitals)
      .where(eq(control.hospitals.code, h.code));
    await setHospital(h.code, { settings: { ...row!.settings, mfaRequired: true } });
    const c = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
    await expect(c.patient.list.query({})).rejects.toSatisfy((e) => codeOf(e) === "FORBIDDEN");
    expect((await c.account.me.query()).mfaEnrolmentRequired).toBe(true);
    expect(await c.mfa.status.query()).toMatchObject({ enabled: false, required: true });
  });
});

describe(`sessions (${driver().name})`, () => {
  it("a revoked session is refused on its very next request", async () => {
    const u = await makeUser(a, "RECEPTIONIST");
    const r1 = await signInOn(a.host, u.username);
    const r2 = await signInOn(a.host, u.username);
    if (!r1.ok || !r2.ok) throw new Error("sign-in");
    const c1 = apiClient(server.port, a.host, await sessionCookie(r1.sessionId));
    const c2 = apiClient(server.port, a.host, await sessionCookie(r2.sessionId));
    expect((await c1.patient.list.query({})).items).toBeDefined();
    const sessions = await c2.session.list.query();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    await c2.session.revoke.mutate({ id: r1.sessionId });
    await expect(c1.patient.list.query({})).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
    expect((await c2.patient.list.query({})).items).toBeDefined();
    // sign out everywhere else, then an administrator revokes all of this user's sessions
    const r3 = await signInOn(a.host, u.username);
    if (!r3.ok) throw new Error("sign-in");
    expect((await c2.session.revokeOthers.mutate()).revoked).toBe(1);
    const admin = apiClient(server.port, a.host, await cookieFor(a.host, a.admin));
    await admin.user.revokeSessions.mutate({ id: u.id });
    await expect(c2.account.me.query()).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
  });

  it("a deactivated user is refused on the very next request", async () => {
    const u = await makeUser(a, "DOCTOR");
    const c = apiClient(server.port, a.host, await cookieFor(a.host, u));
    expect((await c.account.me.query()).user.username).toBe(u.username);
    const admin = apiClient(server.port, a.host, await cookieFor(a.host, a.admin));
    await admin.user.setActive.mutate({ id: u.id, active: false });
    await expect(c.account.me.query()).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
    expect((await signInOn(a.host, u.username)).ok).toBe(false);
  });

  it("a suspended hospital's sessions are refused on the next request, except its ADMINs'", async () => {
    const h = await makeHospital();
    const c = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "NURSE")));
    const admin = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
    expect((await c.account.me.query()).hospital?.code).toBe(h.code);
    await setHospital(h.code, { status: "SUSPENDED" });
    await expect(c.account.me.query()).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
    expect((await admin.account.me.query()).hospital?.status).toBe("SUSPENDED");
  });

  it("signs out after the hospital's inactivity timeout", async () => {
    const u = await makeUser(a, "NURSE");
    const r = await signInOn(a.host, u.username);
    if (!r.ok) throw new Error("sign-in");
    const c = apiClient(server.port, a.host, await sessionCookie(r.sessionId));
    expect((await c.account.me.query()).user.id).toBe(u.id);
    await (
      await main()
    )
      .update(control.sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(control.sessions.id, r.sessionId));
    await expect(c.account.me.query()).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
  });

  it("a user who must change their password can do nothing else until they have; then other sessions end", async () => {
    const u = await makeUser(a, "RECEPTIONIST");
    await (await main()).update(control.users).set({ mustChangePassword: true }).where(eq(control.users.id, u.id));
    const other = await signInOn(a.host, u.username);
    if (!other.ok) throw new Error("sign-in");
    const c = apiClient(server.port, a.host, await cookieFor(a.host, u));
    await expect(c.patient.list.query({})).rejects.toSatisfy((e) => codeOf(e) === "FORBIDDEN");
    await expect(
      c.account.changePassword.mutate({ currentPassword: TEST_PASSWORD, newPassword: "password1234" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      c.account.changePassword.mutate({ currentPassword: "not-it", newPassword: "Quiet-Meadow-Lantern-42" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await c.account.changePassword.mutate({ currentPassword: TEST_PASSWORD, newPassword: "Quiet-Meadow-Lantern-42" });
    expect((await c.patient.list.query({})).items).toBeDefined();
    const otherClient = apiClient(server.port, a.host, await sessionCookie(other.sessionId));
    await expect(otherClient.account.me.query()).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
    expect((await signInOn(a.host, u.username, "Quiet-Meadow-Lantern-42")).ok).toBe(true);
  });
});
