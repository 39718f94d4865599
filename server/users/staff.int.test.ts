// Staff administration, written once (server/users/staff.ts) for the hospital ADMIN (user.*, scope: their own
// hospital) and the super admin console (platformUser.*, scope: any hospital): each side sees its own answer shape,
// never reaches past its scope, and writes the audit entries it always wrote.
import { TRPCClientError } from "@trpc/client";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { mainDb } from "../tenancy/main-db";
import {
  ADMIN_HOST,
  cookieFor,
  makeHospital,
  makeUser,
  platformCtxOf,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { ANY_HOSPITAL, getStaff, setStaffActive } from "./staff";

let server: ApiServer;
let a: TestHospital;
let b: TestHospital;
let sa: TestUser;
let adminA: ReturnType<typeof apiClient>;
let console_: ReturnType<typeof apiClient>;

const STRONG = "Copper-Lantern-Orchard-84";
const codeOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { code?: string } | undefined)?.code : `not a tRPC error: ${err}`;
const refusal = (p: Promise<unknown>) => p.then(() => "OK", codeOf);

async function lastAudit(action: string, targetId: string) {
  const al = control.auditLog;
  const [row] = await (
    await mainDb()
  )
    .select()
    .from(al)
    .where(and(eq(al.action, action), eq(al.targetId, targetId)))
    .orderBy(desc(al.at))
    .limit(1);
  return row;
}

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  b = await makeHospital();
  sa = await makeUser(null, "SUPERADMIN");
  adminA = apiClient(server.port, a.host, await cookieFor(a.host, a.admin));
  console_ = apiClient(server.port, ADMIN_HOST, await cookieFor(ADMIN_HOST, sa));
}, 120_000);
afterAll(() => server.close());

describe(`staff administration, one module for both sides (${driver().name})`, () => {
  it("answers each side in its own shape", async () => {
    const nurse = await makeUser(a, "NURSE");
    const mine = await adminA.user.get.query({ id: nurse.id });
    expect(mine).toMatchObject({ id: nurse.id, role: "NURSE", phone: "", departmentId: null });
    expect(mine).not.toHaveProperty("hospitalCode");
    expect(mine).not.toHaveProperty("locked");
    const theirs = await console_.platformUser.unlock.mutate({ id: nurse.id });
    expect(theirs).toMatchObject({ id: nurse.id, hospitalId: a.id, hospitalCode: a.code, locked: false });
    expect(theirs).not.toHaveProperty("phone");
    expect((await adminA.user.list.query({ status: "all" })).find((u) => u.id === nurse.id)).toMatchObject({
      locked: false,
    });
  });

  it("a hospital admin reaches no other hospital's user and no super admin; nobody deactivates self", async () => {
    const doctorB = await makeUser(b, "DOCTOR");
    expect(await refusal(adminA.user.get.query({ id: doctorB.id }))).toBe("NOT_FOUND");
    expect(await refusal(adminA.user.setActive.mutate({ id: doctorB.id, active: false }))).toBe("NOT_FOUND");
    expect(await refusal(adminA.user.resetPassword.mutate({ id: doctorB.id, password: STRONG }))).toBe("NOT_FOUND");
    expect(await refusal(adminA.user.unlock.mutate({ id: sa.id }))).toBe("NOT_FOUND");
    expect(await refusal(adminA.user.setActive.mutate({ id: a.admin.id, active: false }))).toBe("BAD_REQUEST");
    expect(await refusal(console_.platformUser.setActive.mutate({ id: sa.id, active: false }))).toBe("FORBIDDEN");
  });

  it("refuses a scope that is not the actor's own", async () => {
    const doctorB = await makeUser(b, "DOCTOR");
    const asAdminA = await platformCtxOf(a.admin, a);
    await expect(getStaff(asAdminA, { hospitalId: b.id }, doctorB.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getStaff(asAdminA, ANY_HOSPITAL, doctorB.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const asSuperAdmin = await platformCtxOf(sa, null);
    await expect(setStaffActive(asSuperAdmin, { hospitalId: b.id }, doctorB.id, false)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await getStaff(asSuperAdmin, ANY_HOSPITAL, doctorB.id)).toMatchObject({ isActive: true });
  });

  it("writes the audit entries of each side as before", async () => {
    const clerk = await makeUser(a, "ACCOUNTANT");
    await adminA.user.resetPassword.mutate({ id: clerk.id, password: STRONG });
    expect(await lastAudit("staff.password_reset", clerk.id)).toMatchObject({
      actorUsername: "admin",
      hospitalId: a.id,
      hospitalCode: a.code,
      host: "",
      detail: null,
    });
    await console_.platformUser.resetPassword.mutate({ id: clerk.id });
    expect(await lastAudit("platform_user.password_reset", clerk.id)).toMatchObject({
      actorUsername: sa.username,
      hospitalId: a.id,
      hospitalCode: a.code,
      host: ADMIN_HOST,
      detail: { by: "one-time code" },
    });
    await adminA.user.setActive.mutate({ id: clerk.id, active: false });
    expect(await lastAudit("staff.deactivated", clerk.id)).toMatchObject({ detail: null });
    await console_.platformUser.setActive.mutate({ id: clerk.id, active: true });
    expect(await lastAudit("platform_user.reactivated", clerk.id)).toMatchObject({ detail: { sessionsEnded: 0 } });
    await console_.platformUser.unlock.mutate({ id: clerk.id });
    expect(await lastAudit("platform_user.unlocked", clerk.id)).toMatchObject({
      detail: { wasLockedUntil: null, failedLogins: 0 },
    });
    const created = await adminA.user.create.mutate({
      username: "new.porter",
      password: STRONG,
      firstName: "Pat",
      lastName: "Porter",
      email: "porter@a.test",
      role: "NURSE",
    });
    expect(await lastAudit("staff.created", created.id)).toMatchObject({
      hospitalCode: a.code,
      detail: { role: "NURSE", username: "new.porter" },
    });
  });
});
