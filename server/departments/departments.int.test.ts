// department.* over HTTP: an ADMIN manages their own hospital's departments; codes are unique per hospital; the head
// of a department is staff of the same hospital; another hospital's department is NOT_FOUND.
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { mainDb } from "../tenancy/main-db";
import { cookieFor, makeHospital, makeUser, type TestHospital, type TestUser } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let a: TestHospital;
let b: TestHospital;
let adminA: string;
let adminB: string;
let nurseA: string;
let doctorA: TestUser;
let doctorB: TestUser;

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError
    ? (err.data as { code?: string } | undefined)?.code
    : `not a tRPC error: ${String(err)}`;
const refusal = (p: Promise<unknown>) => p.then(() => "OK", codeOf);
const api = (host: string, cookie?: string) => apiClient(server.port, host, cookie);

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  b = await makeHospital();
  adminA = await cookieFor(a.host, a.admin);
  adminB = await cookieFor(b.host, b.admin);
  nurseA = await cookieFor(a.host, await makeUser(a, "NURSE"));
  doctorA = await makeUser(a, "DOCTOR");
  doctorB = await makeUser(b, "DOCTOR");
}, 120_000);
afterAll(() => server.close());

describe(`departments (${driver().name})`, () => {
  it("creates, lists, updates, deactivates and reactivates a department", async () => {
    const admin = api(a.host, adminA);
    const cardio = await admin.department.create.mutate({ code: " card ", name: "Cardiology", headUserId: doctorA.id });
    expect(cardio).toMatchObject({
      code: "CARD",
      name: "Cardiology",
      headUserId: doctorA.id,
      isActive: true,
      hospitalId: a.id,
    });
    await (
      await mainDb()
    )
      .update(control.users)
      .set({ departmentId: cardio.id })
      .where(eq(control.users.id, doctorA.id));

    const list = await api(a.host, nurseA).department.list.query();
    expect(list).toEqual([
      expect.objectContaining({ id: cardio.id, code: "CARD", headName: "Test DOCTOR", staffCount: 1 }),
    ]);

    const renamed = await admin.department.update.mutate({
      id: cardio.id,
      name: "Cardiology and Vascular",
      headUserId: null,
    });
    expect(renamed).toMatchObject({ name: "Cardiology and Vascular", code: "CARD", headUserId: null });

    await admin.department.setActive.mutate({ id: cardio.id, active: false });
    expect(await admin.department.list.query()).toEqual([]);
    expect((await admin.department.list.query({ includeInactive: true })).map((d) => d.isActive)).toEqual([false]);
    await admin.department.setActive.mutate({ id: cardio.id, active: true });
    expect(await admin.department.list.query()).toHaveLength(1);
  });

  it("a code is unique within a hospital (CONFLICT, naming the field) but free in another hospital", async () => {
    await api(a.host, adminA).department.create.mutate({ code: "ER", name: "Emergency" });
    const dup = await api(a.host, adminA)
      .department.create.mutate({ code: "er", name: "Emergency 2" })
      .catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(TRPCClientError);
    expect((dup as TRPCClientError<never>).data).toMatchObject({ code: "CONFLICT", field: "code" });
    expect((dup as Error).message).toBe('Another department of this hospital already has the code "ER"');
    const other = await api(a.host, adminA).department.create.mutate({ code: "PED", name: "Paediatrics" });
    expect(
      await refusal(api(a.host, adminA).department.update.mutate({ id: other.id, code: "ER" })),
      "rename onto a taken code",
    ).toBe("CONFLICT");
    expect(await api(b.host, adminB).department.create.mutate({ code: "ER", name: "Emergency" })).toMatchObject({
      code: "ER",
      hospitalId: b.id,
    });
  });

  it("the head of department must be active staff of the same hospital", async () => {
    const admin = api(a.host, adminA);
    const foreign = await admin.department.create
      .mutate({ code: "RAD", name: "Radiology", headUserId: doctorB.id })
      .catch((e: unknown) => e);
    expect((foreign as TRPCClientError<never>).data).toMatchObject({ code: "BAD_REQUEST", field: "headUserId" });
    const inactive = await makeUser(a, "DOCTOR");
    await (await mainDb()).update(control.users).set({ isActive: false }).where(eq(control.users.id, inactive.id));
    expect(
      await refusal(admin.department.create.mutate({ code: "RAD", name: "Radiology", headUserId: inactive.id })),
    ).toBe("BAD_REQUEST");
    expect(
      await refusal(
        admin.department.create.mutate({
          code: "RAD",
          name: "Radiology",
          headUserId: "0190aaaa-0000-7000-8000-000000000000",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect((await admin.department.list.query()).some((d) => d.code === "RAD")).toBe(false);
  });

  it("another hospital's department is NOT_FOUND, and bad input is BAD_REQUEST", async () => {
    const bDept = await api(b.host, adminB).department.create.mutate({ code: "ICU", name: "Intensive care" });
    const admin = api(a.host, adminA);
    expect(await refusal(admin.department.update.mutate({ id: bDept.id, name: "Taken over" }))).toBe("NOT_FOUND");
    expect(await refusal(admin.department.setActive.mutate({ id: bDept.id, active: false }))).toBe("NOT_FOUND");
    expect((await api(b.host, adminB).department.list.query()).find((d) => d.id === bDept.id)).toMatchObject({
      name: "Intensive care",
      isActive: true,
    });
    expect((await admin.department.list.query({ includeInactive: true })).some((d) => d.id === bDept.id)).toBe(false);
    expect(await refusal(admin.department.create.mutate({ code: "bad code!", name: "x" }))).toBe("BAD_REQUEST");
    expect(await refusal(admin.department.create.mutate({ code: "OK", name: "  " }))).toBe("BAD_REQUEST");
    expect(await refusal(admin.department.update.mutate({ id: "not-an-id", name: "x" }))).toBe("BAD_REQUEST");
  });

  it("staff may list departments but only an ADMIN may change them", async () => {
    const nurse = api(a.host, nurseA);
    expect(Array.isArray(await nurse.department.list.query())).toBe(true);
    expect(await refusal(nurse.department.create.mutate({ code: "NUR", name: "Nursing" }))).toBe("FORBIDDEN");
    expect(await refusal(api(a.host, adminB).department.list.query())).toBe("UNAUTHORIZED");
  });
});
