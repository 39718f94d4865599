// Super admins must enrol two-step sign-in in production unless SUPERADMIN_MFA_REQUIRED=false is set explicitly
// (security review, item 3). Until they do, every console procedure answers MFA_ENROLMENT_REQUIRED; their own account
// procedures (enrolment) stay reachable.
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { config } from "../config";
import { mainDb } from "../tenancy/main-db";
import { cookieFor, makeUser, ADMIN_HOST, type TestUser } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let sa: TestUser;
const saved = { required: process.env.SUPERADMIN_MFA_REQUIRED, nodeEnv: process.env.NODE_ENV };

function setEnv(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

beforeAll(async () => {
  server = await startApiServer();
  sa = await makeUser(null, "SUPERADMIN");
});
afterEach(() => {
  setEnv("SUPERADMIN_MFA_REQUIRED", saved.required);
  setEnv("NODE_ENV", saved.nodeEnv);
});
afterAll(() => server.close());

async function appCodeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCClientError) return (err.data as { appCode?: string }).appCode;
    throw err;
  }
}

describe(`two-step sign-in for super admins (${driver().name})`, () => {
  it("is required by default in production, and off only when opted out explicitly", () => {
    const cases: Array<[string, string | undefined, boolean]> = [
      ["production", undefined, true],
      ["production", "", true],
      ["production", "no", true],
      ["production", "false", false],
      ["production", "true", true],
      ["development", undefined, false],
      ["development", "true", true],
      ["test", undefined, false],
    ];
    for (const [nodeEnv, value, required] of cases) {
      setEnv("NODE_ENV", nodeEnv);
      setEnv("SUPERADMIN_MFA_REQUIRED", value);
      expect(config.requireSuperAdminMfa, `${nodeEnv} / ${String(value)}`).toBe(required);
    }
  });

  it("a super admin without it reaches only their account until they enrol", async () => {
    setEnv("SUPERADMIN_MFA_REQUIRED", "true");
    const console_ = apiClient(server.port, ADMIN_HOST, await cookieFor(ADMIN_HOST, sa));
    expect(await appCodeOf(console_.hospital.list.query())).toBe("MFA_ENROLMENT_REQUIRED");
    expect(await appCodeOf(console_.breakGlass.mine.query())).toBe("MFA_ENROLMENT_REQUIRED");
    expect(await console_.mfa.status.query()).toMatchObject({ enabled: false, required: true });
    expect(await console_.account.me.query()).toMatchObject({ mfaEnrolmentRequired: true });
    // enrolled (as mfa.confirm leaves the account): the console opens
    const main = await mainDb();
    await main.update(control.users).set({ mfaEnabled: true }).where(eq(control.users.id, sa.id));
    expect(await appCodeOf(console_.hospital.list.query())).toBe("OK");
    await main.update(control.users).set({ mfaEnabled: false }).where(eq(control.users.id, sa.id));
    setEnv("SUPERADMIN_MFA_REQUIRED", "false");
    expect(await appCodeOf(console_.hospital.list.query())).toBe("OK");
  });
});
