// A super admin cannot quietly become a hospital user or read its patients (security review, item 3), over HTTP:
//   - break-glass: no patient data without a grant; a grant is for one hospital, asked with a reason, time-limited,
//     ends on request; every read under it is in that hospital's PHI access log as the super admin (SUPERADMIN);
//   - the hospital's admins see it all (platformAccess.list): grants in force, console actions on their users, and
//     codes redeemed — and only their own hospital's;
//   - one-time codes: they work once even when redeemed twice at the same moment, expire, and a newer code voids an
//     older one.
import { TRPCClientError } from "@trpc/client";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver, tenant } from "@/db";
import { flushPhiReads } from "../audit/phi";
import { mainDb } from "../tenancy/main-db";
import { withHospital } from "../tenancy";
import { cookieFor, makeHospital, makeUser, ADMIN_HOST, type TestHospital, type TestUser } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let console_: ReturnType<typeof apiClient>;
let sa: TestUser;
let a: TestHospital;
let b: TestHospital;
let adminA: ReturnType<typeof apiClient>;
let adminB: ReturnType<typeof apiClient>;
let patientId: string;

const STRONG = "Copper-Lantern-Orchard-84";
const REASON = "Ticket 4411: the hospital reports a chart that will not open";

async function appCodeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError) return (err.data as { appCode?: string }).appCode;
    throw err;
  }
  return "OK";
}

beforeAll(async () => {
  server = await startApiServer();
  sa = await makeUser(null, "SUPERADMIN");
  console_ = apiClient(server.port, ADMIN_HOST, await cookieFor(ADMIN_HOST, sa));
  a = await makeHospital();
  b = await makeHospital();
  adminA = apiClient(server.port, a.host, await cookieFor(a.host, a.admin));
  adminB = apiClient(server.port, b.host, await cookieFor(b.host, b.admin));
  const created = await adminA.patient.create.mutate({
    firstName: "Layla",
    lastName: "Haddad",
    dateOfBirth: "1984-03-09",
    gender: "F",
  });
  patientId = created.id;
}, 120_000);
afterAll(() => server.close());

describe(`break-glass and what a hospital's admins see (${driver().name})`, () => {
  it("reads no patient data without a grant, and a grant only after a reason", async () => {
    expect(await appCodeOf(console_.breakGlass.patients.query({ code: a.code }))).toBe("BREAK_GLASS_REQUIRED");
    expect(await appCodeOf(console_.breakGlass.patient.query({ code: a.code, id: patientId }))).toBe(
      "BREAK_GLASS_REQUIRED",
    );
    expect(await appCodeOf(console_.breakGlass.start.mutate({ code: a.code, reason: "look" }))).toBe("VALIDATION");
    expect(await console_.breakGlass.mine.query()).toEqual([]);
  });

  it("under a grant: reads that hospital's charts (each read in its PHI log), never another's; ends on request", async () => {
    const grant = await console_.breakGlass.start.mutate({ code: a.code, reason: REASON });
    const minutes = (grant.expiresAt.getTime() - grant.startsAt.getTime()) / 60_000;
    expect(minutes).toBe(60);
    expect(await console_.breakGlass.mine.query()).toEqual([
      expect.objectContaining({ id: grant.id, code: a.code, reason: REASON }),
    ]);

    const list = await console_.breakGlass.patients.query({ code: a.code, search: "hadd" });
    expect(list.items.map((p) => p.id)).toEqual([patientId]);
    const chart = await console_.breakGlass.patient.query({ code: a.code, id: patientId });
    expect(chart.patient).toMatchObject({ id: patientId, firstName: "Layla", lastName: "Haddad" });
    expect(chart.encounters).toEqual([]);
    // the grant is for A alone
    expect(await appCodeOf(console_.breakGlass.patients.query({ code: b.code }))).toBe("BREAK_GLASS_REQUIRED");
    // A's patient id asked of B is not found there either way
    expect(await appCodeOf(console_.breakGlass.patient.query({ code: b.code, id: patientId }))).toBe(
      "BREAK_GLASS_REQUIRED",
    );

    await flushPhiReads();
    const entries = await withHospital(a.code, (db) =>
      db.select().from(tenant.phiAccessLog).where(eq(tenant.phiAccessLog.userId, sa.id)),
    );
    expect(entries.map((e) => [e.action, e.role, e.username])).toEqual(
      expect.arrayContaining([
        ["patient.list.break_glass", "SUPERADMIN", sa.username],
        ["patient.view.break_glass", "SUPERADMIN", sa.username],
      ]),
    );
    expect(entries.find((e) => e.action === "patient.view.break_glass")).toMatchObject({ patientId });
    // the hospital's chain still verifies with the super admin's entries in it
    expect(await adminA.phiLog.verify.query()).toMatchObject({ ok: true });
    const bEntries = await withHospital(b.code, (db) =>
      db.select().from(tenant.phiAccessLog).where(eq(tenant.phiAccessLog.userId, sa.id)),
    );
    expect(bEntries).toEqual([]);

    // A's admin sees the grant in force and the console's actions; B's admin sees none of it
    const seen = await adminA.platformAccess.list.query({});
    expect(seen.activeGrants).toEqual([expect.objectContaining({ username: sa.username, reason: REASON })]);
    expect(seen.items.map((i) => i.action)).toContain("break_glass.started");
    const other = await adminB.platformAccess.list.query({});
    expect(other.activeGrants).toEqual([]);
    expect(other.items.map((i) => i.action)).not.toContain("break_glass.started");

    expect(await console_.breakGlass.end.mutate({ code: a.code })).toEqual({ ended: 1 });
    expect(await appCodeOf(console_.breakGlass.patients.query({ code: a.code }))).toBe("BREAK_GLASS_REQUIRED");
    const after = await adminA.platformAccess.list.query({});
    expect(after.activeGrants).toEqual([]);
    expect(after.items.map((i) => i.action)).toContain("break_glass.ended");
  });

  it("a grant past its time reads nothing", async () => {
    const grant = await console_.breakGlass.start.mutate({ code: a.code, reason: REASON });
    const main = await mainDb();
    await main
      .update(control.breakGlassGrants)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(control.breakGlassGrants.id, grant.id));
    expect(await appCodeOf(console_.breakGlass.patient.query({ code: a.code, id: patientId }))).toBe(
      "BREAK_GLASS_REQUIRED",
    );
    expect(await console_.breakGlass.mine.query()).toEqual([]);
  });

  it("console actions on a hospital's users are shown to its admins", async () => {
    const nurse = await makeUser(a, "NURSE");
    const { resetCode } = await console_.platformUser.resetPassword.mutate({ id: nurse.id });
    await apiClient(server.port, a.host).account.redeemCode.mutate({
      username: nurse.username,
      code: resetCode,
      password: STRONG,
    });
    const seen = await adminA.platformAccess.list.query({});
    const actions = seen.items.map((i) => [i.action, i.targetId]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["platform_user.password_reset", nurse.id],
        ["account.code_redeemed", nurse.id],
      ]),
    );
    expect((await adminB.platformAccess.list.query({})).items.map((i) => i.targetId)).not.toContain(nurse.id);
    // everything about the hospital: its own admin's changes too, never another hospital's
    await adminA.settings.update.mutate({ settings: { bookingHorizonDays: 50 } });
    const everyone = await adminA.platformAccess.list.query({ who: "everyone" });
    expect(everyone.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(["settings.updated", "platform_user.password_reset"]),
    );
    expect(seen.items.map((i) => i.action)).not.toContain("settings.updated");
    const otherEveryone = await adminB.platformAccess.list.query({ who: "everyone" });
    expect(otherEveryone.items.map((i) => i.targetId)).not.toContain(nurse.id);
  });
});

describe(`one-time account codes (${driver().name})`, () => {
  it("two redeems of one code at the same moment: exactly one sets the password", async () => {
    const clerk = await makeUser(a, "ACCOUNTANT");
    const { resetCode } = await console_.platformUser.resetPassword.mutate({ id: clerk.id });
    const publicA = apiClient(server.port, a.host);
    const results = await Promise.all(
      ["Copper-Lantern-Orchard-11", "Copper-Lantern-Orchard-22", "Copper-Lantern-Orchard-33"].map((password) =>
        appCodeOf(publicA.account.redeemCode.mutate({ username: clerk.username, code: resetCode, password })),
      ),
    );
    expect(results.filter((r) => r === "OK")).toHaveLength(1);
    expect(results.filter((r) => r === "ACCOUNT_CODE_INVALID")).toHaveLength(2);
  });

  it("an expired code and a code replaced by a newer one do not work; wrong users and codes answer alike", async () => {
    const tech = await makeUser(a, "LAB_TECHNICIAN");
    const first = await console_.platformUser.resetPassword.mutate({ id: tech.id });
    const second = await console_.platformUser.resetPassword.mutate({ id: tech.id });
    const publicA = apiClient(server.port, a.host);
    const redeem = (code: string, username = tech.username) =>
      appCodeOf(publicA.account.redeemCode.mutate({ username, code, password: STRONG }));
    expect(await redeem(first.resetCode)).toBe("ACCOUNT_CODE_INVALID");
    expect(await redeem(second.resetCode, "nosuchuser")).toBe("ACCOUNT_CODE_INVALID");
    expect(await redeem("ABCD-EFGH-JKLM-NPQR")).toBe("ACCOUNT_CODE_INVALID");
    expect(await redeem("not a code")).toBe("VALIDATION");
    const main = await mainDb();
    await main
      .update(control.accountCodes)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(control.accountCodes.userId, tech.id)));
    expect(await redeem(second.resetCode)).toBe("ACCOUNT_CODE_INVALID");
    // only the keyed hash is stored
    const rows = await main.select().from(control.accountCodes).where(eq(control.accountCodes.userId, tech.id));
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.codeHash).not.toContain(second.resetCode.replace(/-/g, ""));
    }
  });
});
