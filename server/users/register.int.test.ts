// Staff self-registration (user.register): refused unless the hospital switched it on; a request creates a PENDING
// account that cannot sign in until the hospital's ADMIN approves it; throttled per IP.
import { TRPCClientError } from "@trpc/client";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { appRouter } from "../routers/_app";
import { mainDb } from "../tenancy/main-db";
import { cookieFor, makeHospital, signInOn, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { createCallerFactory, createContext } from "../trpc";
import { CLIENT_IP_HEADER } from "../http/client-address";
import { REGISTRATION_ATTEMPTS_PER_IP } from "./register";

let server: ApiServer;
let a: TestHospital;
let adminA: string;
let n = 0;

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError
    ? (err.data as { code?: string } | undefined)?.code
    : `not a tRPC error: ${String(err)}`;
const refusal = (p: Promise<unknown>) => p.then(() => "OK", codeOf);
const api = (host: string, cookie?: string) => apiClient(server.port, host, cookie);
const PASSWORD = "Quiet-Morning-Ward-Round-42";
const request = (over: Record<string, unknown> = {}) => ({
  username: `newnurse${++n}`,
  password: PASSWORD,
  firstName: "Noor",
  lastName: "Haddad",
  email: `noor${n}@staff.test`,
  role: "NURSE" as const,
  ...over,
});

async function allowRegistration(h: TestHospital, on: boolean) {
  await api(h.host, await cookieFor(h.host, h.admin)).settings.update.mutate({
    settings: { staffSelfRegistration: on },
  });
}

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  adminA = await cookieFor(a.host, a.admin);
}, 120_000);
afterAll(() => server.close());

describe(`staff self-registration (${driver().name})`, () => {
  it("is refused while switched off, and on the admin, root and unknown hosts", async () => {
    expect(await refusal(api(a.host).user.register.mutate(request()))).toBe("FORBIDDEN");
    expect(await refusal(api("admin.zain.test").user.register.mutate(request()))).toBe("FORBIDDEN");
    expect(await refusal(api("zain.test").user.register.mutate(request()))).toBe("FORBIDDEN");
    expect(await refusal(api("nosuch55.zain.test").user.register.mutate(request()))).toBe("NOT_FOUND");
    const none = await (
      await mainDb()
    )
      .select()
      .from(control.users)
      .where(and(eq(control.users.hospitalId, a.id), eq(control.users.approval, "PENDING")));
    expect(none).toEqual([]);
  });

  it("creates a PENDING account that cannot sign in until an admin approves it", async () => {
    await allowRegistration(a, true);
    const req = request({ role: "PHARMACIST" });
    expect(await api(a.host).user.register.mutate(req)).toEqual({ username: req.username, approval: "PENDING" });
    expect(await signInOn(a.host, req.username, PASSWORD)).toEqual({ ok: false, error: "INVALID" });

    const admin = api(a.host, adminA);
    const pending = await admin.user.list.query({ status: "pending" });
    const row = pending.find((u) => u.username === req.username)!;
    expect(row).toMatchObject({ role: "PHARMACIST", approval: "PENDING", firstName: "Noor" });
    await admin.user.decide.mutate({ id: row.id, approve: true });
    expect(await signInOn(a.host, req.username, PASSWORD)).toMatchObject({ ok: true, role: "PHARMACIST" });

    const rejected = request();
    await api(a.host).user.register.mutate(rejected);
    const r = (await admin.user.list.query({ status: "pending" })).find((u) => u.username === rejected.username)!;
    await admin.user.decide.mutate({ id: r.id, approve: false });
    expect((await signInOn(a.host, rejected.username, PASSWORD)).ok).toBe(false);

    const audit = await (
      await mainDb()
    )
      .select()
      .from(control.auditLog)
      .where(and(eq(control.auditLog.action, "staff.registration_requested"), eq(control.auditLog.hospitalId, a.id)));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses the ADMIN role, a weak password, a taken username and bad fields", async () => {
    await allowRegistration(a, true);
    expect(await refusal(api(a.host).user.register.mutate(request({ role: "ADMIN" }) as never))).toBe("BAD_REQUEST");
    const weak = await api(a.host)
      .user.register.mutate(request({ password: "password1234" }))
      .catch((e: unknown) => e);
    expect((weak as TRPCClientError<never>).data).toMatchObject({ code: "BAD_REQUEST", field: "password" });
    expect(await refusal(api(a.host).user.register.mutate(request({ username: "admin" })))).toBe("CONFLICT");
    expect(await refusal(api(a.host).user.register.mutate(request({ email: "nope" })))).toBe("BAD_REQUEST");
  });

  it("is refused for an expired or suspended hospital", async () => {
    const h = await makeHospital();
    await allowRegistration(h, true);
    for (const status of ["EXPIRED", "SUSPENDED"] as const) {
      await (await mainDb()).update(control.hospitals).set({ status }).where(eq(control.hospitals.id, h.id));
      expect(await refusal(api(h.host).user.register.mutate(request())), status).toBe("FORBIDDEN");
    }
  });

  it(`allows ${REGISTRATION_ATTEMPTS_PER_IP} attempts per IP and hour, then TOO_MANY_REQUESTS`, async () => {
    await allowRegistration(a, true);
    // a caller as the app server hands it over: the client address already decided at the socket
    const callerFrom = async (ip: string) =>
      createCallerFactory(appRouter)(
        await createContext({ headers: new Headers({ host: a.host, [CLIENT_IP_HEADER]: ip }) }),
      );
    const flood = await callerFrom("198.51.100.23");
    for (let i = 0; i < REGISTRATION_ATTEMPTS_PER_IP; i++)
      await flood.user.register(request({ username: "admin" })).catch(() => undefined);
    const err = await flood.user.register(request()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((err as Error).message).toMatch(/Too many registration requests/);
    // another network is not affected
    expect(await (await callerFrom("198.51.100.24")).user.register(request())).toMatchObject({ approval: "PENDING" });
  });
});
