// The address the audit log records is the one seen at the socket: a client cannot choose it with forwarding headers
// or the internal header, unless the request came through a proxy named in TRUSTED_PROXIES.
import { desc } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { driver, tenant } from "@/db";
import { withHospital } from "../tenancy";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { CLIENT_IP_HEADER } from "./client-address";

let server: ApiServer;
let h: TestHospital;
let cookie: string;

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  cookie = await cookieFor(h.host, await makeUser(h, "RECEPTIONIST"));
}, 120_000);
afterAll(() => server.close());
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

/** registers a patient with the given request headers; the address its PHI entry recorded */
async function recordedAddress(headers: Record<string, string>): Promise<string> {
  const api = apiClient(server.port, h.host, cookie, headers);
  const p = await api.patient.create.mutate({
    firstName: "Ip",
    lastName: "Probe",
    dateOfBirth: "1990-01-01",
    gender: "O",
  });
  const [entry] = await withHospital(h.code, (db) =>
    db.select().from(tenant.phiAccessLog).orderBy(desc(tenant.phiAccessLog.seq)).limit(1),
  );
  expect(entry?.patientId).toBe(p.id);
  return entry!.ip;
}

describe(`client address (${driver().name})`, () => {
  it("ignores forwarding headers and the internal header from a client that is not a trusted proxy", async () => {
    const ip = await recordedAddress({ "x-forwarded-for": "203.0.113.50", [CLIENT_IP_HEADER]: "203.0.113.51" });
    expect(ip).toBe("127.0.0.1");
  });

  it("believes the right-most untrusted hop when the request came through a trusted proxy", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    const ip = await recordedAddress({ "x-forwarded-for": "198.51.100.1, 203.0.113.50" });
    expect(ip).toBe("203.0.113.50");
  });
});
