// Unauthenticated requests for unknown or not-yet-servable hospitals (the logo route, the sign-in page's logo, the
// public registration procedure) are refused from the main database's row alone: they never open a hospital
// database, never evict an open one and never wait for a slot, so they cannot churn the registry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver } from "@/db";
import { GET as logoGet } from "@/app/api/hospital/logo/route";
import { logoUrlOf } from "../hospitals/logo-store";
import { makeHospital, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { tenantRegistry } from "./index";

let server: ApiServer;
let a: TestHospital;

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
}, 120_000);
afterAll(() => server.close());

describe(`unknown hospitals never reach the registry (${driver().name})`, () => {
  it("many requests for unknown codes leave the registry's open count and peak unchanged", async () => {
    await tenantRegistry().with(a.code, async () => {}); // a real hospital is open (and idle)
    const before = tenantRegistry().stats();
    const codes = Array.from({ length: 60 }, (_, i) => `NOSUCH${i}Q`);
    const logos = await Promise.all(
      codes.map((c) =>
        logoGet(
          new Request("http://127.0.0.1/api/hospital/logo", { headers: { host: `${c.toLowerCase()}.zain.test` } }),
        ),
      ),
    );
    expect(logos.every((r) => r.status >= 400 && r.status < 500)).toBe(true);
    expect(await Promise.all(codes.map((c) => logoUrlOf(c)))).toEqual(codes.map(() => null));
    const registrations = await Promise.allSettled(
      codes.map((c) =>
        apiClient(server.port, `${c.toLowerCase()}.zain.test`).user.register.mutate({
          username: "someone",
          password: "Quiet-Morning-Ward-Round-42",
          firstName: "Noor",
          lastName: "Haddad",
          email: "noor@staff.test",
          role: "NURSE",
        }),
      ),
    );
    expect(registrations.every((r) => r.status === "rejected")).toBe(true);
    const after = tenantRegistry().stats();
    expect(after.open).toBe(before.open);
    expect(after.peak).toBe(before.peak);
    expect(after.waiting).toBe(0);
    await expect(tenantRegistry().acquire("NOSUCH1Q")).rejects.toMatchObject({ code: "HOSPITAL_NOT_FOUND" });
    expect(tenantRegistry().stats().open).toBe(before.open);
  });
});
