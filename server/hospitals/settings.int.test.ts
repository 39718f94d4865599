// settings.* over HTTP: each hospital's ADMIN reads and changes only their own hospital, on its own host; bad values
// are refused with nothing written; a module switched off disappears from the navigation and refuses its procedures.
import { TRPCClientError } from "@trpc/client";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { HOSPITAL_NAV } from "@/components/shell/nav";
import { canUseArea, visibleAreas } from "@/shared/permissions";
import { mainDb } from "../tenancy/main-db";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { createCallerFactory, createContext, permitted, router } from "../trpc";

let server: ApiServer;
let a: TestHospital;
let b: TestHospital;
let adminA: string;
let adminB: string;
let doctorA: string;

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError
    ? (err.data as { code?: string } | undefined)?.code
    : `not a tRPC error: ${String(err)}`;
const refusal = (p: Promise<unknown>) => p.then(() => "OK", codeOf);
const api = (host: string, cookie?: string) => apiClient(server.port, host, cookie);

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital({ name: "Harbour View Hospital" });
  b = await makeHospital({ name: "Cedar Valley Hospital" });
  adminA = await cookieFor(a.host, a.admin);
  adminB = await cookieFor(b.host, b.admin);
  doctorA = await cookieFor(a.host, await makeUser(a, "DOCTOR"));
}, 120_000);
afterAll(() => server.close());

async function hospitalRow(id: string) {
  const [row] = await (await mainDb()).select().from(control.hospitals).where(eq(control.hospitals.id, id));
  return row!;
}

describe(`hospital settings (${driver().name})`, () => {
  it("each admin reads their own hospital's details and the settings merged over the defaults", async () => {
    const s = await api(a.host, adminA).settings.get.query();
    expect(s).toMatchObject({ code: a.code, details: { name: "Harbour View Hospital" }, logo: null });
    expect(s.settings).toMatchObject({
      timezone: "UTC",
      currency: "USD",
      locale: "en",
      mrnPrefix: a.code.slice(0, 8),
      staffSelfRegistration: false,
    });
    expect(Object.values(s.settings.modules).every(Boolean)).toBe(true);
    const sb = await api(b.host, adminB).settings.get.query();
    expect(sb).toMatchObject({ code: b.code, details: { name: "Cedar Valley Hospital" } });
  });

  it("B's admin cannot read or change A's settings; A's doctor is refused", async () => {
    expect(await refusal(api(a.host, adminB).settings.get.query()), "B's admin cookie on A's host").toBe(
      "UNAUTHORIZED",
    );
    expect(await refusal(api(a.host, adminB).settings.update.mutate({ settings: { currency: "EUR" } }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await refusal(api(a.host, doctorA).settings.get.query()), "A's doctor").toBe("FORBIDDEN");
    expect(await refusal(api(a.host, doctorA).settings.update.mutate({ settings: { currency: "EUR" } }))).toBe(
      "FORBIDDEN",
    );
    expect(await refusal(api(a.host).settings.get.query()), "nobody").toBe("UNAUTHORIZED");
    // B's admin on B's own host changes only B, whatever the input says
    await api(b.host, adminB).settings.update.mutate({
      settings: { currency: "EUR", consultationFee: 5000 },
      ...({ id: a.id, code: a.code } as object),
    });
    expect((await hospitalRow(b.id)).settings.currency).toBe("EUR");
    expect((await hospitalRow(a.id)).settings.currency).toBe("USD");
  });

  it("saves details and partial settings, keeps the rest, and audits what changed", async () => {
    const client = api(a.host, adminA);
    const details = {
      name: "Harbour View Hospital",
      email: "desk@harbour.test",
      phone: "+1 555 0100",
      address: "1 Quay Road",
      city: "Portsmouth",
      state: "Hants",
      country: "UK",
    };
    const saved = await client.settings.update.mutate({
      details,
      settings: { timezone: "Europe/London", currency: "GBP", consultationFee: 4000, modules: { radiology: false } },
    });
    expect(saved.details).toEqual(details);
    expect(saved.settings).toMatchObject({
      timezone: "Europe/London",
      currency: "GBP",
      locale: "en",
      modules: { radiology: false, laboratory: true },
    });
    await client.settings.update.mutate({ settings: { inactivityTimeoutMinutes: 20, mfaRequired: false } });
    const row = await hospitalRow(a.id);
    expect(row.settings).toMatchObject({
      timezone: "Europe/London",
      inactivityTimeoutMinutes: 20,
      modules: { radiology: false },
    });
    const audit = await (
      await mainDb()
    )
      .select()
      .from(control.auditLog)
      .where(and(eq(control.auditLog.action, "settings.updated"), eq(control.auditLog.hospitalId, a.id)));
    const changed = audit.map((e) => Object.keys((e.detail as { changed: object }).changed)).flat();
    expect(changed).toEqual(
      expect.arrayContaining(["email", "timezone", "currency", "modules.radiology", "inactivityTimeoutMinutes"]),
    );
    await client.settings.update.mutate({
      settings: { modules: { radiology: true }, timezone: "UTC", currency: "USD", consultationFee: 5000 },
    });
  });

  it("a new currency converts nothing silently: the fee must be confirmed in it, and keeps its value", async () => {
    const client = api(a.host, adminA);
    const before = await client.settings.get.query();
    expect(before.settings).toMatchObject({ currency: "USD", consultationFee: 5000 }); // 50.00 USD
    let answer: unknown;
    await client.settings.update.mutate({ settings: { currency: "OMR" } }).catch((e: unknown) => (answer = e));
    expect((answer as TRPCClientError<never>).data).toMatchObject({
      code: "BAD_REQUEST",
      appCode: "VALIDATION",
      field: "settings.consultationFee",
      params: { currency: "OMR" },
    });
    expect((await hospitalRow(a.id)).settings).toMatchObject({ currency: "USD", consultationFee: 5000 });
    // confirmed: 19.250 OMR (3 decimals, minor units 19250)
    const saved = await client.settings.update.mutate({ settings: { currency: "OMR", consultationFee: 19250 } });
    expect(saved.settings).toMatchObject({ currency: "OMR", consultationFee: 19250 });
    await client.settings.update.mutate({ settings: { currency: "USD", consultationFee: 5000 } });
  });

  it("refuses a bad time zone, currency, timeout or working day with BAD_REQUEST and writes nothing", async () => {
    const client = api(a.host, adminA);
    const before = await hospitalRow(a.id);
    for (const settings of [
      { timezone: "Mars/Olympus_Mons" },
      { timezone: "EST5EDT; DROP TABLE" },
      { currency: "XYZ" },
      { currency: "usd" },
      { inactivityTimeoutMinutes: 0 },
      { mrnPrefix: "no spaces" },
      { workdayStart: "18:00", workdayEnd: "08:00" },
      { locale: "fr" },
    ]) {
      expect(
        await refusal(client.settings.update.mutate({ settings: settings as never })),
        JSON.stringify(settings),
      ).toBe("BAD_REQUEST");
    }
    expect(
      await refusal(client.settings.update.mutate({ details: { name: "", email: "not-an-email" } as never })),
      "bad details",
    ).toBe("BAD_REQUEST");
    expect(await refusal(client.settings.update.mutate({} as never)), "empty").toBe("BAD_REQUEST");
    const after = await hospitalRow(a.id);
    expect(after.settings).toEqual(before.settings);
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it("two administrators saving different settings at the same moment both keep their change", async () => {
    const second = await cookieFor(a.host, await makeUser(a, "ADMIN"));
    await Promise.all([
      api(a.host, adminA).settings.update.mutate({ settings: { bookingHorizonDays: 60 } }),
      api(a.host, second).settings.update.mutate({ settings: { cancellationWindowHours: 12 } }),
    ]);
    expect((await hospitalRow(a.id)).settings).toMatchObject({ bookingHorizonDays: 60, cancellationWindowHours: 12 });
  });

  it("a save from a version someone else has saved over is refused with STALE and changes nothing", async () => {
    const second = await cookieFor(a.host, await makeUser(a, "ADMIN"));
    const seen = await api(a.host, adminA).settings.get.query();
    const same = await api(a.host, second).settings.get.query();
    expect(same.version).toBe(seen.version);
    const saved = await api(a.host, adminA).settings.update.mutate({
      settings: { bookingHorizonDays: 45 },
      baseVersion: seen.version,
    });
    expect(saved.version).toBeGreaterThan(seen.version);
    let answer: unknown;
    await api(a.host, second)
      .settings.update.mutate({ settings: { bookingHorizonDays: 20 }, baseVersion: same.version })
      .catch((err: unknown) => (answer = err));
    expect(answer).toBeInstanceOf(TRPCClientError);
    expect((answer as TRPCClientError<never>).data).toMatchObject({
      code: "CONFLICT",
      appCode: "STALE",
      params: { version: saved.version },
    });
    expect((await hospitalRow(a.id)).settings).toMatchObject({ bookingHorizonDays: 45 });
    // from the version now shown, the same save goes through; two saves from one version: one wins
    const results = await Promise.all(
      [30, 31].map((days) =>
        refusal(
          api(a.host, days === 30 ? adminA : second).settings.update.mutate({
            settings: { bookingHorizonDays: days },
            baseVersion: saved.version,
          }),
        ),
      ),
    );
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
  });
});

describe(`switching a module off (${driver().name})`, () => {
  // a procedure of the appointments module, built exactly like the real ones
  const appointmentsRouter = router({ ping: permitted("appointment.read").query(() => "pong") });
  const callerOn = async (host: string, cookie: string) =>
    createCallerFactory(appointmentsRouter)(await createContext({ headers: new Headers({ host, cookie }) }));

  it("hides it from the navigation and its procedures answer FORBIDDEN from the next request on", async () => {
    const h = await makeHospital();
    const admin = await cookieFor(h.host, h.admin);
    const nurse = await cookieFor(h.host, await makeUser(h, "NURSE"));
    expect(await (await callerOn(h.host, nurse)).ping()).toBe("pong");

    await api(h.host, admin).settings.update.mutate({ settings: { modules: { appointments: false } } });

    const ctx = await createContext({ headers: new Headers({ host: h.host, cookie: nurse }) });
    const modules = ctx.session!.hospital!.settings.modules;
    const place = { modules, plan: ctx.session!.hospital!.plan };
    expect(modules.appointments).toBe(false);
    expect(canUseArea("NURSE", "appointments", place)).toBe(false);
    expect(visibleAreas("ADMIN", place)).not.toContain("appointments");
    expect(HOSPITAL_NAV.filter((n) => canUseArea("ADMIN", n.area, place)).map((n) => n.href)).not.toContain(
      "/appointments",
    );
    for (const cookie of [nurse, admin]) {
      const err = await (await callerOn(h.host, cookie)).ping().catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "FORBIDDEN", cause: { code: "MODULE_DISABLED" } });
    }
    // other hospitals are untouched
    const other = await makeHospital();
    expect(await (await callerOn(other.host, await cookieFor(other.host, other.admin))).ping()).toBe("pong");

    await api(h.host, admin).settings.update.mutate({ settings: { modules: { appointments: true } } });
    expect(await (await callerOn(h.host, nurse)).ping()).toBe("pong");
  });
});
