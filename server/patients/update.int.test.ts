// Patient demographics are never overwritten silently: patient.get returns `version`, patient.update names the
// version it started from (baseVersion); a stale one is refused with CONFLICT (STALE) and changes nothing.
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver } from "@/db";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let h: TestHospital;
let reception: ReturnType<typeof apiClient>;
let nurse: ReturnType<typeof apiClient>;

type ErrData = { code?: string; appCode?: string; params?: Record<string, string | number> };
const dataOf = (err: unknown): ErrData =>
  err instanceof TRPCClientError ? ((err.data as ErrData | undefined) ?? {}) : { code: String(err) };

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
  nurse = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "NURSE")));
}, 120_000);
afterAll(() => server.close());

const register = async () =>
  (
    await reception.patient.create.mutate({
      firstName: "Vera",
      lastName: "Sion",
      dateOfBirth: "1982-02-02",
      gender: "F",
      phone: "555 0100",
    })
  ).id;

describe(`patient update versions (${driver().name})`, () => {
  it("patient.get returns version; an update from it bumps it", async () => {
    const id = await register();
    expect((await reception.patient.get.query({ id })).version).toBe(0);
    const updated = await reception.patient.update.mutate({ id, baseVersion: 0, phone: "555 0101" });
    expect(updated).toMatchObject({ version: 1, phone: "555 0101" });
    expect((await nurse.patient.get.query({ id })).version).toBe(1);
  });

  it("an update from a stale version is refused with CONFLICT and changes nothing", async () => {
    const id = await register();
    await reception.patient.update.mutate({ id, baseVersion: 0, phone: "555 0102" });
    await expect(nurse.patient.update.mutate({ id, baseVersion: 0, phone: "" })).rejects.toSatisfy((e) => {
      const d = dataOf(e);
      return d.code === "CONFLICT" && d.appCode === "STALE" && d.params?.version === 1;
    });
    await expect(nurse.patient.update.mutate({ id, baseVersion: 5, city: "Muscat" })).rejects.toSatisfy(
      (e) => dataOf(e).code === "CONFLICT",
    );
    expect(await reception.patient.get.query({ id })).toMatchObject({ phone: "555 0102", city: "", version: 1 });
  });

  it("two simultaneous updates from the same version: exactly one is saved, the other gets CONFLICT", async () => {
    const id = await register();
    const results = await Promise.allSettled([
      reception.patient.update.mutate({ id, baseVersion: 0, lastName: "Reception" }),
      nurse.patient.update.mutate({ id, baseVersion: 0, lastName: "Nurse" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused.map((r) => dataOf(r.reason).code)).toEqual(["CONFLICT"]);
    const winner = (ok[0] as PromiseFulfilledResult<{ lastName: string }>).value.lastName;
    expect(await reception.patient.get.query({ id })).toMatchObject({ lastName: winner, version: 1 });
    // the name index follows the saved name only
    const found = await reception.patient.list.query({ search: winner });
    expect(found.items.map((p) => p.id)).toContain(id);
  });

  it("baseVersion is required", async () => {
    const id = await register();
    await expect(reception.patient.update.mutate({ id, phone: "555 0103" } as never)).rejects.toSatisfy(
      (e) => dataOf(e).code === "BAD_REQUEST",
    );
    expect((await reception.patient.get.query({ id })).version).toBe(0);
  });
});
