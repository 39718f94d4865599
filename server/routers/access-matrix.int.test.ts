// Every procedure of the API, enumerated from the router itself, called over HTTP as: nobody; a user of another
// hospital (their real session cookie, on this hospital's host); every role that may not use it; a super admin on a
// hospital host; and, for procedures that take an id, another hospital's user on their own host with a real id of
// this hospital. Each must be refused — never data. Who may use a hospital procedure comes from the permission it
// declares and the one table (shared/permissions.ts); the roles holding it must not be refused its reads. A procedure
// without a case here fails the test. Public procedures (scope "public") are instead refused on every host that does
// not offer them.
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { newId } from "@/db/id";
import { mainDb } from "../tenancy/main-db";
import { HOSPITAL_ROLES, type HospitalRole } from "@/shared/enums";
import {
  cookieFor,
  makeHospital,
  makeUser,
  nextWeekdaySlot,
  signInOn,
  ADMIN_HOST,
  TEST_PASSWORD,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { appRouter } from "./_app";
import { CASES, type Ids } from "./access-cases";
import type { Case } from "./cases/common";
import { allowedRoles, permissionOf, procedureType } from "./cases/roles";

let server: ApiServer;
let a: TestHospital;
let b: TestHospital;
const cookies: Partial<Record<HospitalRole, string>> = {};
let cookieOtherHospital: string;
const cookieOtherHospitalSameRole: Partial<Record<HospitalRole, string>> = {};
let cookieSuperAdmin: string;
let ids: Ids;
const ROOT_HOST = "zain.test";

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError
    ? (err.data as { code?: string } | undefined)?.code
    : `not a tRPC error: ${String(err)}`;

type AnyClient = Record<
  string,
  Record<string, { query(i: unknown): Promise<unknown>; mutate(i: unknown): Promise<unknown> }>
>;
async function call(host: string, cookie: string | undefined, path: string, input: unknown): Promise<string> {
  const client = apiClient(server.port, host, cookie) as unknown as AnyClient;
  const [router, proc] = path.split(".") as [string, string];
  const type = (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]!._def.type;
  try {
    await (type === "query" ? client[router]![proc]!.query(input) : client[router]![proc]!.mutate(input));
    return "OK";
  } catch (err) {
    return codeOf(err) ?? "unknown";
  }
}

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  b = await makeHospital();
  const usersA: Partial<Record<HospitalRole, TestUser>> = { ADMIN: a.admin };
  for (const role of HOSPITAL_ROLES) {
    if (role !== "ADMIN") usersA[role] = await makeUser(a, role);
    cookies[role] = await cookieFor(a.host, usersA[role]!);
    const other = role === "ADMIN" ? b.admin : await makeUser(b, role);
    cookieOtherHospitalSameRole[role] = await cookieFor(b.host, other);
  }
  cookieOtherHospital = cookieOtherHospitalSameRole.ADMIN!;
  const sa = await makeUser(null, "SUPERADMIN");
  cookieSuperAdmin = await cookieFor(ADMIN_HOST, sa);
  // real ids of hospital A
  const receptionA = apiClient(server.port, a.host, cookies.RECEPTIONIST);
  const patient = await receptionA.patient.create.mutate({
    firstName: "Matrix",
    lastName: "Patient",
    dateOfBirth: "1970-01-01",
    gender: "O",
  });
  const session = await signInOn(a.host, usersA.NURSE!.username, TEST_PASSWORD);
  if (!session.ok) throw new Error("sign-in failed");
  const departmentId = newId();
  const now = new Date();
  await (
    await mainDb()
  )
    .insert(control.departments)
    .values({ id: departmentId, hospitalId: a.id, code: "CARD", name: "Cardiology", createdAt: now, updatedAt: now });
  const appointment = await receptionA.appointment.create.mutate({
    patientId: patient.id,
    doctorId: usersA.DOCTOR!.id,
    startsAt: nextWeekdaySlot(2, "09:00"),
  });
  const doctorA = apiClient(server.port, a.host, cookies.DOCTOR);
  const encounter = await doctorA.encounter.start.mutate({ patientId: patient.id, chiefComplaint: "matrix" });
  ids = {
    patientId: patient.id,
    userId: usersA.NURSE!.id,
    sessionId: session.sessionId,
    departmentId,
    hospitalCode: a.code,
    hospitalId: a.id,
    doctorId: usersA.DOCTOR!.id,
    appointmentId: appointment.id,
    encounterId: encounter.id,
    slot: nextWeekdaySlot(3, "11:00").toISOString(),
  };
}, 180_000);
afterAll(() => server.close());

describe(`access matrix over HTTP (${driver().name})`, () => {
  const procedures = Object.keys(appRouter._def.procedures).sort();

  it("every hospital procedure declares a permission of the table (or is marked for every role)", () => {
    const missing = procedures.filter((p) => {
      const c = CASES[p as keyof typeof CASES] as Case | undefined;
      return c?.scope === "hospital" && !c.everyRole && !permissionOf(p);
    });
    expect(missing).toEqual([]);
  });

  it("has a case for every procedure of the router, and no stale cases", () => {
    expect(procedures.filter((p) => !(p in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it.each(procedures)(
    "%s refuses nobody, another hospital, wrong roles, a super admin, foreign ids",
    { timeout: 120_000 },
    async (path) => {
      const c = CASES[path as keyof typeof CASES];
      if (!c) throw new Error(`no access case for ${path}`);
      const input = c.input(ids);
      const host = c.scope === "superadmin" ? ADMIN_HOST : a.host;

      if (c.scope === "credential") {
        // no session needed: the input itself is the credential (a one-time code). A wrong one is refused the same way
        // on every host, signed in or not, with no hint of whether the user or hospital exists
        for (const [where, h, cookie] of [
          ["hospital host", a.host, undefined],
          ["hospital host, signed-in admin", a.host, cookies.ADMIN],
          ["another hospital's host", b.host, undefined],
          ["admin host", ADMIN_HOST, undefined],
          ["admin host, super admin", ADMIN_HOST, cookieSuperAdmin],
          ["root host", ROOT_HOST, undefined],
        ] as const)
          expect(await call(h, cookie, path, input), where).toBe("BAD_REQUEST");
        return;
      }

      if (c.scope === "public") {
        // no session needed, so "no session → UNAUTHORIZED" does not apply: refused wherever it is not offered
        const refused = ["FORBIDDEN", "NOT_FOUND"];
        expect(refused, "hospital host with it switched off").toContain(await call(a.host, undefined, path, input));
        expect(refused, "signed-in admin, switched off").toContain(await call(a.host, cookies.ADMIN, path, input));
        expect(refused, "admin host").toContain(await call(ADMIN_HOST, undefined, path, input));
        expect(refused, "admin host, super admin").toContain(await call(ADMIN_HOST, cookieSuperAdmin, path, input));
        expect(refused, "root host").toContain(await call(ROOT_HOST, undefined, path, input));
        expect(await call("nosuch99.zain.test", undefined, path, input), "unknown hospital").toBe("NOT_FOUND");
        return;
      }

      expect(await call(host, undefined, path, input), "no session").toBe("UNAUTHORIZED");
      expect(await call(host, "next-auth.session-token=forged.token.value", path, input), "forged cookie").toBe(
        "UNAUTHORIZED",
      );
      expect(await call(host, cookieOtherHospital, path, input), "another hospital's admin on this host").toBe(
        "UNAUTHORIZED",
      );

      if (c.scope === "superadmin") {
        expect(await call(ADMIN_HOST, cookies.ADMIN, path, input), "hospital admin on the admin host").toBe(
          "UNAUTHORIZED",
        );
        expect(await call(a.host, cookieSuperAdmin, path, input), "super admin on a hospital host").toBe(
          "UNAUTHORIZED",
        );
        return;
      }
      expect(await call(a.host, cookieSuperAdmin, path, input), "super admin cookie on a hospital host").toBe(
        "UNAUTHORIZED",
      );
      if (c.scope === "any-host") {
        if (c.foreignId)
          expect(await call(b.host, cookieOtherHospital, path, input), "B's user with A's id").toBe("NOT_FOUND");
        return;
      }

      const roles = allowedRoles(path);
      for (const role of HOSPITAL_ROLES.filter((r) => !roles.includes(r))) {
        expect(await call(a.host, cookies[role], path, input), `role ${role}`).toBe("FORBIDDEN");
      }
      if (procedureType(path) === "query") {
        // reads have no side effects: every role the table allows gets an answer, not a refusal
        for (const role of roles) {
          expect(["FORBIDDEN", "UNAUTHORIZED"], `allowed role ${role}`).not.toContain(
            await call(a.host, cookies[role], path, input),
          );
        }
      }
      if (c.foreignId) {
        // a user of B who may use this procedure, on B's own host, with A's real id: the same answer as a missing id
        const role = roles[0]!;
        expect(await call(b.host, cookieOtherHospitalSameRole[role], path, input), `B's ${role} with A's id`).toBe(
          "NOT_FOUND",
        );
      }
    },
  );

  it("roles the table allows are not refused (the matrix is not vacuous)", async () => {
    expect(await call(a.host, cookies.PHARMACIST, "patient.list", {})).toBe("OK");
    expect(await call(a.host, cookies.ADMIN, "user.list", {})).toBe("OK");
    expect(await call(a.host, cookies.RECEPTIONIST, "patient.get", { id: ids.patientId })).toBe("OK");
  });
});
