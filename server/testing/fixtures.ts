// Test fixtures: unique hospitals and staff on the real databases of the running project (libsql or Postgres).
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { control } from "@/db";
import type { HospitalRole, Plan } from "@/shared/enums";
import { sessionCookieName } from "../auth/cookies";
import { authSecret } from "../auth/secret";
import type { PlatformCtx } from "../context";
import { signIn, type SignInResult } from "../auth/sign-in";
import { parseHost } from "../tenancy/host";
import { mainDb } from "../tenancy/main-db";
import { createHospital } from "../tenancy/provision";
import { createAccount } from "../users/accounts";
import { addDays, localParts, today, zonedInstant } from "../../shared/time";

export const TEST_PASSWORD = "Harbour-Lantern-Test-77";
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** a hospital code no other test (in this or a parallel process) uses */
export function uniqueCode(prefix = "T"): string {
  return prefix + [...randomBytes(9)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}

export const hospitalHost = (code: string) => `${code.toLowerCase()}.zain.test`;
export const ADMIN_HOST = "admin.zain.test";

export type TestHospital = { id: string; code: string; host: string; name: string; admin: TestUser };

export async function makeHospital(opts: { code?: string; plan?: Plan; name?: string } = {}): Promise<TestHospital> {
  const code = opts.code ?? uniqueCode();
  const name = opts.name ?? `Test Hospital ${code}`;
  const r = await createHospital({
    name,
    code,
    email: `info@${code.toLowerCase()}.test`,
    plan: opts.plan ?? "PROFESSIONAL",
    admin: {
      username: "admin",
      email: `admin@${code.toLowerCase()}.test`,
      password: TEST_PASSWORD,
      firstName: "Ada",
      lastName: "Admin",
    },
  });
  const main = await mainDb();
  const [u] = await main.select({ id: control.users.id }).from(control.users).where(eq(control.users.hospitalId, r.id));
  return {
    id: r.id,
    code,
    host: hospitalHost(code),
    name,
    admin: { id: u!.id, username: "admin", password: TEST_PASSWORD, role: "ADMIN" },
  };
}

export type TestUser = { id: string; username: string; password: string; role: HospitalRole | "SUPERADMIN" };

export async function makeUser(
  hospital: TestHospital | null,
  role: HospitalRole | "SUPERADMIN",
  username?: string,
): Promise<TestUser> {
  const name = username ?? `${role.toLowerCase().replace(/_/g, "")}${randomBytes(3).toString("hex")}`;
  const a = await createAccount(
    { main: await mainDb() },
    {
      hospital,
      role,
      username: name,
      email: `${name}@staff.test`,
      password: TEST_PASSWORD,
      firstName: "Test",
      lastName: role,
    },
  );
  return { id: a.id, username: a.username, password: TEST_PASSWORD, role };
}

/** the PlatformCtx of a user acting themselves, for tests that call control-plane functions directly */
export async function platformCtxOf(user: TestUser, hospital: TestHospital | null): Promise<PlatformCtx> {
  return {
    main: await mainDb(),
    actor: {
      userId: user.id,
      role: user.role,
      username: user.username,
      name: `Test ${user.role}`,
      ip: "203.0.113.7",
      hospitalId: hospital?.id ?? null,
      host: hospital?.host ?? ADMIN_HOST,
    },
  };
}

export async function signInOn(
  host: string,
  username: string,
  password: string = TEST_PASSWORD,
  code?: string,
): Promise<SignInResult> {
  return signIn({ host: parseHost(host), username, password, code, ip: "203.0.113.7", userAgent: "vitest" });
}

/** the session cookie next-auth would set for this session id (same secret, same encryption) */
export async function sessionCookie(sessionId: string): Promise<string> {
  const token = await encode({ token: { sid: sessionId }, secret: authSecret() });
  return `${sessionCookieName()}=${token}`;
}

/** signs in through the real sign-in function and returns the cookie header of that session */
export async function cookieFor(host: string, user: { username: string; password?: string }): Promise<string> {
  const r = await signInOn(host, user.username, user.password ?? TEST_PASSWORD);
  if (!r.ok) throw new Error(`test sign-in failed: ${r.error}`);
  return sessionCookie(r.sessionId);
}

/** an ISO instant on the next weekday (at least `daysAhead` days ahead) at a wall-clock time in a time zone */
export function nextWeekdaySlot(daysAhead = 1, time = "10:00", timeZone = "UTC"): Date {
  for (let d = daysAhead; d < daysAhead + 8; d++) {
    const date = addDays(today(timeZone), d);
    const at = zonedInstant(date, time, timeZone);
    if (localParts(at, timeZone).isoWeekday <= 5) return at;
  }
  throw new Error("no weekday found");
}
