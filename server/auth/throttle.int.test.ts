// Guessing limits under parallel bursts: the limit is taken before the password or code is checked, so a burst gets
// no more real checks than the limit (counted by the verifications the code actually ran), and the right password
// or code is refused afterwards. Checking first and counting afterwards would let every request of a burst through.
import { randomBytes } from "node:crypto";
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { Redis } from "ioredis";
import { authenticator } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { mainDb } from "../tenancy/main-db";
import { parseHost } from "../tenancy/host";
import {
  makeHospital,
  makeUser,
  platformCtxOf,
  sessionCookie,
  signInOn,
  TEST_PASSWORD,
  type TestHospital,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { changeOwnPassword } from "./change-password";
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa, totpChecks } from "./mfa";
import { passwordVerifications } from "./password";
import { signIn } from "./sign-in";
import { ACCOUNT_FAILURE_LIMIT, IN_SESSION_ATTEMPT_LIMIT, IP_FAILURE_LIMIT, useThrottleStore } from "./throttle";

const REDIS_URL = "redis://127.0.0.1:6379";

let server: ApiServer;
let a: TestHospital;
beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
}, 60_000);
afterAll(() => server.close());

const userRow = async (id: string) =>
  (await (await mainDb()).select().from(control.users).where(eq(control.users.id, id)))[0]!;
const appCodeOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { appCode?: string } | undefined)?.appCode : undefined;
/** the app codes of settled promises, counted */
function tally(results: PromiseSettledResult<unknown>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) {
    const key = r.status === "fulfilled" ? "ok" : String((r.reason as { code?: string }).code ?? r.reason);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
/** n six-digit codes that are none of the codes the secret gives around now */
function wrongCodes(secret: string, n: number): string[] {
  const valid = new Set(
    [-60_000, -30_000, 0, 30_000, 60_000, 90_000].map((ms) =>
      authenticator.clone({ epoch: Date.now() + ms }).generate(secret),
    ),
  );
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) {
    const c = String(100_000 + ((i * 7919) % 900_000));
    if (!valid.has(c)) out.push(c);
  }
  return out;
}

describe(`guessing limits under parallel bursts (${driver().name})`, () => {
  it("60 parallel wrong passwords for one account: only the limit is checked, then even the right one is refused", async () => {
    const u = await makeUser(a, "NURSE");
    const host = parseHost(a.host);
    const before = passwordVerifications.count;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        signIn({ host, username: u.username, password: `wrong-${i}-password`, ip: "198.51.100.60", userAgent: "t" }),
      ),
    );
    expect(passwordVerifications.count - before).toBe(ACCOUNT_FAILURE_LIMIT);
    for (const r of answers) expect(r).toEqual({ ok: false, error: "INVALID" });
    const row = await userRow(u.id);
    expect(row.failedLogins).toBe(ACCOUNT_FAILURE_LIMIT);
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    const checked = passwordVerifications.count;
    expect(await signInOn(a.host, u.username)).toEqual({ ok: false, error: "INVALID" });
    expect(passwordVerifications.count).toBe(checked); // refused without looking at the password

    // once the lock has run out the account gets a fresh count, and the right password signs in
    await (
      await mainDb()
    )
      .update(control.users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(control.users.id, u.id));
    expect((await signInOn(a.host, u.username)).ok).toBe(true);
    expect(await userRow(u.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it("a right password still waiting for its second factor is not counted as a failure", async () => {
    const u = await makeUser(a, "DOCTOR");
    const ctx = await platformCtxOf(u, a);
    const secret = (await beginMfaEnrolment(ctx, "Zain HMS test")).manualKey.replace(/\s/g, "");
    await confirmMfaEnrolment(ctx, authenticator.clone({ epoch: Date.now() }).generate(secret));
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++)
      expect((await signInOn(a.host, u.username, `wrong-${i}-password`)).ok).toBe(false);
    for (let i = 0; i < 3; i++)
      expect(await signInOn(a.host, u.username)).toEqual({ ok: false, error: "MFA_REQUIRED" });
    expect(await userRow(u.id)).toMatchObject({ failedLogins: ACCOUNT_FAILURE_LIMIT - 1, lockedUntil: null });
  });

  it("50 parallel wrong current passwords on password change: only the limit is checked, then the right one is refused", async () => {
    const u = await makeUser(a, "RECEPTIONIST");
    const session = await signInOn(a.host, u.username);
    if (!session.ok) throw new Error("sign-in");
    const ctx = await platformCtxOf(u, a);
    const before = passwordVerifications.count;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        changeOwnPassword(ctx, {
          sessionId: session.sessionId,
          currentPassword: `not-it-${i}-at-all`,
          newPassword: "Quiet-Meadow-Lantern-42",
        }),
      ),
    );
    expect(passwordVerifications.count - before).toBe(IN_SESSION_ATTEMPT_LIMIT);
    expect(tally(results)).toEqual({
      VALIDATION: IN_SESSION_ATTEMPT_LIMIT,
      ATTEMPTS_THROTTLED: 50 - IN_SESSION_ATTEMPT_LIMIT,
    });

    const c = apiClient(server.port, a.host, await sessionCookie(session.sessionId));
    const checked = passwordVerifications.count;
    const refused = await c.account.changePassword
      .mutate({ currentPassword: TEST_PASSWORD, newPassword: "Quiet-Meadow-Lantern-42" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<never>).data).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      appCode: "ATTEMPTS_THROTTLED",
    });
    expect(appCodeOf(refused)).toBe("ATTEMPTS_THROTTLED");
    expect(passwordVerifications.count).toBe(checked);
    expect((await signInOn(a.host, u.username)).ok).toBe(true); // the password did not change
  });

  it("50 parallel wrong MFA codes, turning MFA on and off: only the limit is checked, then the right code is refused", async () => {
    // turning it on
    const u = await makeUser(a, "DOCTOR");
    const ctx = await platformCtxOf(u, a);
    const secret = (await beginMfaEnrolment(ctx, "Zain HMS test")).manualKey.replace(/\s/g, "");
    let before = totpChecks.count;
    let results: PromiseSettledResult<unknown>[] = await Promise.allSettled(
      wrongCodes(secret, 50).map((code) => confirmMfaEnrolment(ctx, code)),
    );
    expect(totpChecks.count - before).toBe(IN_SESSION_ATTEMPT_LIMIT);
    expect(tally(results)).toEqual({
      VALIDATION: IN_SESSION_ATTEMPT_LIMIT,
      ATTEMPTS_THROTTLED: 50 - IN_SESSION_ATTEMPT_LIMIT,
    });
    await expect(
      confirmMfaEnrolment(ctx, authenticator.clone({ epoch: Date.now() }).generate(secret)),
    ).rejects.toMatchObject({ code: "ATTEMPTS_THROTTLED" });
    expect((await userRow(u.id)).mfaEnabled).toBe(false);

    // turning it off
    const v = await makeUser(a, "DOCTOR");
    const vctx = await platformCtxOf(v, a);
    const vsecret = (await beginMfaEnrolment(vctx, "Zain HMS test")).manualKey.replace(/\s/g, "");
    await confirmMfaEnrolment(vctx, authenticator.clone({ epoch: Date.now() }).generate(vsecret));
    before = totpChecks.count;
    results = await Promise.allSettled(wrongCodes(vsecret, 50).map((code) => disableMfa(vctx, code)));
    expect(totpChecks.count - before).toBe(IN_SESSION_ATTEMPT_LIMIT);
    expect(tally(results)).toEqual({
      VALIDATION: IN_SESSION_ATTEMPT_LIMIT,
      ATTEMPTS_THROTTLED: 50 - IN_SESSION_ATTEMPT_LIMIT,
    });
    await expect(
      disableMfa(vctx, authenticator.clone({ epoch: Date.now() + 30_000 }).generate(vsecret)),
    ).rejects.toMatchObject({ code: "ATTEMPTS_THROTTLED" });
    expect((await userRow(v.id)).mfaEnabled).toBe(true);
  });

  it("the IP throttle on a Redis store holds under a parallel burst", async () => {
    const prefix = `zaintest:${randomBytes(6).toString("hex")}`;
    const store = await useThrottleStore(REDIS_URL, prefix);
    const redis = new Redis(REDIS_URL);
    try {
      const host = parseHost(a.host);
      const ip = "198.51.100.150";
      const burst = IP_FAILURE_LIMIT + 50;
      const answers = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          signIn({ host, username: `spray${i}`, password: "x", ip, userAgent: "t" }),
        ),
      );
      const throttled = answers.filter((r) => !r.ok && r.error === "THROTTLED").length;
      expect(throttled).toBe(burst - IP_FAILURE_LIMIT);
      // counted in Redis (not in the memory fallback)
      expect(Number(await redis.get(`${prefix}:signin:ip:${ip}`))).toBeGreaterThan(IP_FAILURE_LIMIT);
      expect(await signIn({ host, username: a.admin.username, password: TEST_PASSWORD, ip, userAgent: "t" })).toEqual({
        ok: false,
        error: "THROTTLED",
      });
      expect(
        (
          await signIn({
            host,
            username: a.admin.username,
            password: TEST_PASSWORD,
            ip: "198.51.100.151",
            userAgent: "t",
          })
        ).ok,
      ).toBe(true);
    } finally {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      await store.restore();
    }
  });
});
