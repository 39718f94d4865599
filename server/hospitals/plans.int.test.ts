// Plans and subscriptions, enforced on the server: patient limits per plan, read-only when expired (every write
// procedure of the router refused, every read procedure still working — enumerated, not hand-picked).
import { TRPCClientError } from "@trpc/client";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver, tenant } from "@/db";
import { newId } from "@/db/id";
import { HOSPITAL_ROLES, type HospitalRole } from "@/shared/enums";
import { appRouter } from "../routers/_app";
import { CASES, type Ids } from "../routers/access-cases";
import { allowedRoles } from "../routers/cases/roles";
import { withHospital } from "../tenancy";
import { mainDb } from "../tenancy/main-db";
import {
  cookieFor,
  makeHospital,
  makeUser,
  nextWeekdaySlot,
  signInOn,
  TEST_PASSWORD,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
const errOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { code?: string; appCode?: string }) : { code: String(err) };

async function setHospital(code: string, patch: Partial<typeof control.hospitals.$inferInsert>) {
  await (await mainDb()).update(control.hospitals).set(patch).where(eq(control.hospitals.code, code));
}
const patientCount = (code: string) =>
  withHospital(code, async (db) => (await db.select({ n: count() }).from(tenant.patients))[0]!.n);

beforeAll(async () => {
  server = await startApiServer();
}, 60_000);
afterAll(() => server.close());

describe(`plans (${driver().name})`, () => {
  it(
    "TRIAL: the 100th patient is accepted, the 101st refused with LIMIT_REACHED naming the plan; upgrading lifts the limit",
    { timeout: 180_000 },
    async () => {
      const h = await makeHospital({ plan: "TRIAL" });
      const reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
      for (let i = 0; i < 99; i += 11) {
        await Promise.all(
          Array.from({ length: Math.min(11, 99 - i) }, (_, j) =>
            reception.patient.create.mutate({
              firstName: `T${i + j}`,
              lastName: "Trial",
              dateOfBirth: "1999-09-09",
              gender: "F",
            }),
          ),
        );
      }
      expect(await patientCount(h.code)).toBe(99);
      await expect(
        reception.patient.create.mutate({
          firstName: "Hundredth",
          lastName: "Trial",
          dateOfBirth: "1999-09-09",
          gender: "M",
        }),
      ).resolves.toMatchObject({ firstName: "Hundredth" });
      const refused = await reception.patient.create
        .mutate({ firstName: "Over", lastName: "Limit", dateOfBirth: "1999-09-09", gender: "M" })
        .catch((e) => e);
      expect(errOf(refused)).toMatchObject({ code: "FORBIDDEN", appCode: "LIMIT_REACHED" });
      expect((refused as Error).message).toMatch(/TRIAL plan allows 100 patients/);
      expect(await patientCount(h.code)).toBe(100);
      // concurrent attempts at the limit cannot squeeze past it
      const burst = await Promise.allSettled(
        Array.from({ length: 10 }, () =>
          reception.patient.create.mutate({
            firstName: "Burst",
            lastName: "X",
            dateOfBirth: "2001-01-01",
            gender: "O",
          }),
        ),
      );
      expect(burst.every((r) => r.status === "rejected")).toBe(true);
      expect(await patientCount(h.code)).toBe(100);

      await setHospital(h.code, { plan: "BASIC" });
      await expect(
        reception.patient.create.mutate({
          firstName: "After",
          lastName: "Upgrade",
          dateOfBirth: "1999-09-09",
          gender: "F",
        }),
      ).resolves.toBeDefined();
      expect(await patientCount(h.code)).toBe(101);
      // downgrading deletes nothing: every patient stays readable
      await setHospital(h.code, { plan: "TRIAL" });
      expect((await reception.patient.list.query({ limit: 100 })).items.length).toBe(100);
      expect(await patientCount(h.code)).toBe(101);
    },
  );

  describe("an expired subscription makes the hospital read-only", () => {
    let h: TestHospital;
    let ids: Ids;
    const clients: Partial<Record<HospitalRole, ReturnType<typeof apiClient>>> = {};

    beforeAll(async () => {
      h = await makeHospital();
      const users: Partial<Record<HospitalRole, TestUser>> = { ADMIN: h.admin };
      for (const role of HOSPITAL_ROLES) {
        if (role !== "ADMIN") users[role] = await makeUser(h, role);
        clients[role] = apiClient(server.port, h.host, await cookieFor(h.host, users[role]!));
      }
      const patient = await clients.RECEPTIONIST!.patient.create.mutate({
        firstName: "Read",
        lastName: "Only",
        dateOfBirth: "1977-07-07",
        gender: "F",
      });
      const appointment = await clients.RECEPTIONIST!.appointment.create.mutate({
        patientId: patient.id,
        doctorId: users.DOCTOR!.id,
        startsAt: nextWeekdaySlot(2, "10:00"),
      });
      const encounter = await clients.DOCTOR!.encounter.start.mutate({ patientId: patient.id });
      const s = await signInOn(h.host, users.NURSE!.username, TEST_PASSWORD);
      if (!s.ok) throw new Error("sign-in");
      const departmentId = newId();
      await (await mainDb()).insert(control.departments).values({
        id: departmentId,
        hospitalId: h.id,
        code: "GEN",
        name: "General",
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      ids = {
        patientId: patient.id,
        userId: users.NURSE!.id,
        sessionId: s.sessionId,
        departmentId,
        hospitalCode: h.code,
        hospitalId: h.id,
        doctorId: users.DOCTOR!.id,
        appointmentId: appointment.id,
        encounterId: encounter.id,
        slot: nextWeekdaySlot(3, "11:00").toISOString(),
      };
      // the subscription ended yesterday (status still ACTIVE: the date alone makes it expired)
      await setHospital(h.code, { subscriptionEndsAt: new Date(Date.now() - 86_400_000) });
    }, 180_000);

    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
    )
      .filter(([path]) => CASES[path as keyof typeof CASES]?.scope === "hospital")
      .map(([path, p]) => [path, p._def.type] as const);

    it.each(procedures)("%s (%s)", async (path, type) => {
      const c = CASES[path as keyof typeof CASES];
      const roles = allowedRoles(path);
      const role = roles.includes("DOCTOR") ? "DOCTOR" : roles[0]!;
      const client = clients[role] as unknown as Record<
        string,
        Record<string, { query(i: unknown): Promise<unknown>; mutate(i: unknown): Promise<unknown> }>
      >;
      const [r, p] = path.split(".") as [string, string];
      const result = await (
        type === "query" ? client[r]![p]!.query(c.input(ids)) : client[r]![p]!.mutate(c.input(ids))
      ).then(
        () => ({ code: "OK" }),
        (e) => errOf(e),
      );
      if (type === "mutation") {
        expect(result, `${path} as ${role}`).toMatchObject({ code: "FORBIDDEN", appCode: "READ_ONLY" });
      } else {
        expect(result, `${path} as ${role}`).toEqual({ code: "OK" });
      }
    });

    it("explains why, and says so in every refusal", async () => {
      const e = await clients
        .RECEPTIONIST!.patient.create.mutate({ firstName: "X", lastName: "Y", dateOfBirth: "2000-01-01", gender: "O" })
        .catch((x) => x);
      expect((e as Error).message).toMatch(/subscription has expired/);
      expect((await clients.RECEPTIONIST!.account.me.query()).hospital?.readOnly).toBe(true);
    });
  });
  describe("a SUSPENDED hospital: only its ADMIN signs in, and reaches only the account area", () => {
    let h: TestHospital;
    let ids: Ids;
    let admin: ReturnType<typeof apiClient>;
    let doctor: TestUser;
    let nurse: TestUser;
    let nurseClient: ReturnType<typeof apiClient>;
    const ALLOWED = new Set(["user.list", "user.revokeSessions"]);

    beforeAll(async () => {
      h = await makeHospital();
      doctor = await makeUser(h, "DOCTOR");
      nurse = await makeUser(h, "NURSE");
      const reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
      const doctorClient = apiClient(server.port, h.host, await cookieFor(h.host, doctor));
      nurseClient = apiClient(server.port, h.host, await cookieFor(h.host, nurse));
      const patient = await reception.patient.create.mutate({
        firstName: "Sus",
        lastName: "Pended",
        dateOfBirth: "1977-07-07",
        gender: "F",
      });
      const appointment = await reception.appointment.create.mutate({
        patientId: patient.id,
        doctorId: doctor.id,
        startsAt: nextWeekdaySlot(2, "10:00"),
      });
      const encounter = await doctorClient.encounter.start.mutate({ patientId: patient.id });
      const s = await signInOn(h.host, nurse.username, TEST_PASSWORD);
      if (!s.ok) throw new Error("sign-in");
      const departmentId = newId();
      await (await mainDb()).insert(control.departments).values({
        id: departmentId,
        hospitalId: h.id,
        code: "GEN",
        name: "General",
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      ids = {
        patientId: patient.id,
        userId: nurse.id,
        sessionId: s.sessionId,
        departmentId,
        hospitalCode: h.code,
        hospitalId: h.id,
        doctorId: doctor.id,
        appointmentId: appointment.id,
        encounterId: encounter.id,
        slot: nextWeekdaySlot(3, "11:00").toISOString(),
      };
      await setHospital(h.code, { status: "SUSPENDED" });
      const signed = await signInOn(h.host, h.admin.username, TEST_PASSWORD);
      expect(signed.ok).toBe(true);
      admin = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
    }, 180_000);

    it("other roles cannot sign in and their sessions end; the ADMIN's account area works", async () => {
      expect(await signInOn(h.host, doctor.username, TEST_PASSWORD)).toEqual({ ok: false, error: "SUSPENDED" });
      expect(errOf(await nurseClient.account.me.query().catch((e) => e))).toMatchObject({ code: "UNAUTHORIZED" });
      const me = await admin.account.me.query();
      expect(me.hospital).toMatchObject({ code: h.code, status: "SUSPENDED" });
      expect((await admin.session.list.query()).length).toBeGreaterThan(0);
      expect(await admin.mfa.status.query()).toMatchObject({ enabled: false });
    });

    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
    )
      .filter(([path]) => CASES[path as keyof typeof CASES]?.scope === "hospital")
      .map(([path, p]) => [path, p._def.type] as const);

    it.each(procedures)("%s (%s) as its ADMIN", async (path, type) => {
      const c = CASES[path as keyof typeof CASES];
      const client = admin as unknown as Record<
        string,
        Record<string, { query(i: unknown): Promise<unknown>; mutate(i: unknown): Promise<unknown> }>
      >;
      const [r, p] = path.split(".") as [string, string];
      const result = await (
        type === "query" ? client[r]![p]!.query(c.input(ids)) : client[r]![p]!.mutate(c.input(ids))
      ).then(
        () => ({ code: "OK" }),
        (e) => errOf(e),
      );
      if (ALLOWED.has(path)) expect(result, path).toEqual({ code: "OK" });
      else expect(result, path).toMatchObject({ code: "FORBIDDEN", appCode: "HOSPITAL_SUSPENDED" });
    });

    it("the ADMIN may disable staff (never enable them) and says why everything else is refused", async () => {
      const enable = await admin.user.setActive.mutate({ id: nurse.id, active: true }).catch((e) => e);
      expect(errOf(enable)).toMatchObject({ code: "FORBIDDEN", appCode: "HOSPITAL_SUSPENDED" });
      await admin.user.setActive.mutate({ id: nurse.id, active: false });
      const [row] = await (
        await mainDb()
      )
        .select({ isActive: control.users.isActive })
        .from(control.users)
        .where(eq(control.users.id, nurse.id));
      expect(row?.isActive).toBe(false);
      const clinical = await admin.patient.list.query({}).catch((e) => e);
      expect((clinical as Error).message).toMatch(/suspended/);
      // reactivated: everything is back, nothing was lost
      await setHospital(h.code, { status: "ACTIVE" });
      expect((await admin.patient.list.query({})).items.length).toBe(1);
    });
  });
});
