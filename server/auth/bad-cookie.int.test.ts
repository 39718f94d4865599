// A cookie with a bad %-encoding — the session's own or any other cookie on the host — is a clean sign-out
// (UNAUTHORIZED), never a 500; a valid session cookie next to a broken foreign cookie still works.
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver } from "@/db";
import { cookieFor, makeHospital, type TestHospital } from "../testing/fixtures";
import { apiClient, hostFetch, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let a: TestHospital;

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
}, 120_000);
afterAll(() => server.close());

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError
    ? (err.data as { code?: string } | undefined)?.code
    : `not a tRPC error: ${String(err)}`;

describe(`cookies with a bad %-encoding (${driver().name})`, () => {
  it("answer UNAUTHORIZED, not 500", async () => {
    const bad = "next-auth.session-token=%E0%A4%A; other=%ZZ";
    const result = await apiClient(server.port, a.host, bad)
      .account.me.query()
      .then(() => "OK", codeOf);
    expect(result).toBe("UNAUTHORIZED");
    const res = await hostFetch(server.port, a.host, bad)(`http://127.0.0.1/api/trpc/account.me`);
    expect(res.status).toBe(401);
    const secure = "__Secure-next-auth.session-token=%; x=%E0%A4%A";
    expect(
      await apiClient(server.port, a.host, secure)
        .account.me.query()
        .then(() => "OK", codeOf),
    ).toBe("UNAUTHORIZED");
  });

  it("a broken foreign cookie does not sign out a valid session", async () => {
    const cookie = await cookieFor(a.host, a.admin);
    const me = await apiClient(server.port, a.host, `other=%ZZ; ${cookie}; third=%E0%A4%A`).account.me.query();
    expect(me.user.username).toBe(a.admin.username);
  });
});
