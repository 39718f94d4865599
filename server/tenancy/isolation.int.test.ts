// The hard promise: nothing a user of hospital A does can read or change hospital B's data — here under
// concurrency, through real HTTP requests to the tRPC route with real session cookies and Host headers.
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver, tenant } from "@/db";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { withHospital } from "./index";

let server: ApiServer;
let a: TestHospital;
let b: TestHospital;
let cookieA: string;
let cookieB: string;

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
  b = await makeHospital();
  const ra = await makeUser(a, "RECEPTIONIST");
  const rb = await makeUser(b, "RECEPTIONIST");
  cookieA = await cookieFor(a.host, ra);
  cookieB = await cookieFor(b.host, rb);
});
afterAll(() => server.close());

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { code?: string } | undefined)?.code : String(err);

describe(`isolation under concurrency over HTTP (${driver().name})`, () => {
  it(
    "hundreds of interleaved writes and reads: each hospital sees only its own rows",
    { timeout: 240_000 },
    async () => {
      const clientA = apiClient(server.port, a.host, cookieA);
      const clientB = apiClient(server.port, b.host, cookieB);
      const N = 150;
      const ops: Array<() => Promise<void>> = [];
      for (let i = 0; i < N; i++) {
        ops.push(
          async () =>
            void (await clientA.patient.create.mutate({
              firstName: `Amarker${i}`,
              lastName: "Alpha",
              dateOfBirth: "1990-01-01",
              gender: "F",
            })),
        );
        ops.push(
          async () =>
            void (await clientB.patient.create.mutate({
              firstName: `Bmarker${i}`,
              lastName: "Bravo",
              dateOfBirth: "1991-02-02",
              gender: "M",
            })),
        );
        ops.push(async () => {
          const page = await clientA.patient.list.query({ limit: 100 });
          expect(
            page.items.every((p) => p.firstName.startsWith("Amarker") && p.mrn.startsWith(a.code.slice(0, 8))),
          ).toBe(true);
        });
        ops.push(async () => {
          const page = await clientB.patient.list.query({ search: "marker", limit: 100 });
          expect(page.items.every((p) => p.firstName.startsWith("Bmarker"))).toBe(true);
        });
      }
      // interleave: run in waves of 24 concurrent requests, alternating hospitals and reads/writes
      for (let i = 0; i < ops.length; i += 24) await Promise.all(ops.slice(i, i + 24).map((op) => op()));

      const namesA = await withHospital(a.code, (db) =>
        db.select({ n: tenant.patients.firstName }).from(tenant.patients),
      );
      const namesB = await withHospital(b.code, (db) =>
        db.select({ n: tenant.patients.firstName }).from(tenant.patients),
      );
      expect(namesA).toHaveLength(N);
      expect(namesB).toHaveLength(N);
      expect(namesA.every((r) => r.n.startsWith("Amarker"))).toBe(true);
      expect(namesB.every((r) => r.n.startsWith("Bmarker"))).toBe(true);
      expect(new Set(namesA.map((r) => r.n)).size).toBe(N);

      // every B patient id asked for on A's host: not found, exactly like an id that does not exist
      const idsB = (await clientB.patient.list.query({ limit: 20 })).items.map((p) => p.id);
      const results = await Promise.allSettled(idsB.map((id) => clientA.patient.get.query({ id })));
      expect(results.every((r) => r.status === "rejected" && codeOf(r.reason) === "NOT_FOUND")).toBe(true);
      await expect(clientA.patient.get.query({ id: "01900000-0000-7000-8000-000000000000" })).rejects.toSatisfy(
        (e) => codeOf(e) === "NOT_FOUND",
      );
      // and a change aimed at B's patient from A's host changes nothing in B
      await expect(
        clientA.patient.update.mutate({ id: idsB[0]!, baseVersion: 0, firstName: "Hijacked" }),
      ).rejects.toSatisfy((e) => codeOf(e) === "NOT_FOUND");
      const still = await clientB.patient.get.query({ id: idsB[0]! });
      expect(still.firstName.startsWith("Bmarker")).toBe(true);
    },
  );

  it("a session cookie replayed on another hospital's host, or on the admin host, is signed out there", async () => {
    const replays = [
      apiClient(server.port, b.host, cookieA),
      apiClient(server.port, a.host, cookieB),
      apiClient(server.port, "admin.zain.test", cookieA),
      apiClient(server.port, "zain.test", cookieA),
    ];
    for (const c of replays) {
      await expect(c.patient.list.query({})).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
      await expect(
        c.patient.create.mutate({ firstName: "X", lastName: "Y", dateOfBirth: "2000-01-01", gender: "O" }),
      ).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
    }
    const unknownHost = apiClient(server.port, "nosuchhospital.zain.test", cookieA);
    await expect(unknownHost.patient.list.query({})).rejects.toSatisfy((e) => codeOf(e) === "UNAUTHORIZED");
  });
});
