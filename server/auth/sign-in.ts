// Password (+ second factor) sign-in. Called by next-auth's credentials provider; knows nothing of HTTP beyond the
// facts it is given. On a hospital host only that hospital's active staff can sign in; on the admin host only super
// admins; anything wrong with the username or password gives the same answer.
import { and, eq, isNull } from "drizzle-orm";
import { control } from "@/db";
import { mainDb } from "../tenancy/main-db";
import type { ParsedHost } from "../tenancy/host";
import { writeControlAudit } from "../audit/control-audit";
import { verifySecondFactor } from "./mfa";
import { burnPasswordCheck, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { releaseSignInAttempt, reserveSignInAttempt, returnIpAttempt, takeIpAttempt } from "./throttle";

/** the only failure texts a signing-in user ever sees */
export const SIGN_IN_MESSAGES = {
  INVALID: "Invalid username or password",
  MFA_REQUIRED: "Enter the authentication code from your app",
  MFA_INVALID: "Invalid authentication code",
  THROTTLED: "Too many failed attempts from your network. Try again later.",
  SUSPENDED:
    "This hospital's subscription is suspended. Sign-in is not possible; please contact your administrator or Zain HMS support.",
} as const;
export type SignInFailure = keyof typeof SIGN_IN_MESSAGES;

export type SignInRequest = {
  host: ParsedHost;
  username: string;
  password: string;
  code?: string;
  ip: string;
  userAgent: string;
};

export type SignInResult =
  | { ok: true; sessionId: string; userId: string; role: string; hospitalCode: string | null; name: string }
  | { ok: false; error: SignInFailure };

const MAX_FIELD = 300;

export async function signIn(req: SignInRequest): Promise<SignInResult> {
  const username = String(req.username ?? "")
    .trim()
    .toLowerCase()
    .slice(0, MAX_FIELD);
  const password = String(req.password ?? "").slice(0, MAX_FIELD);
  const code = req.code ? String(req.code).slice(0, 40) : "";
  const host = req.host;
  const main = await mainDb();

  const hospitalCode = host.kind === "hospital" ? host.code : null;
  const audit = (
    outcome: "SUCCESS" | "FAILURE",
    reason: string,
    actor?: { id: string | null },
    hospital?: { id: string | null; code: string } | null,
  ) =>
    writeControlAudit(
      { main },
      {
        action: "auth.sign_in",
        outcome,
        actor: { id: actor?.id ?? null, username },
        hospital: hospital ?? (hospitalCode ? { id: null, code: hospitalCode } : null),
        host: host.kind === "invalid" ? "" : host.host,
        ip: req.ip,
        detail: { reason, userAgent: req.userAgent.slice(0, 200) },
      },
    );

  if (host.kind !== "hospital" && host.kind !== "admin") {
    await audit("FAILURE", "wrong_host");
    return { ok: false, error: "INVALID" };
  }
  // the IP's attempt and the account's attempt are taken before any password is checked (a burst of parallel
  // requests gets no more checks than the limits); answers that are not failed guesses give the IP's attempt back
  if (!(await takeIpAttempt(req.ip))) {
    await audit("FAILURE", "ip_throttled");
    return { ok: false, error: "THROTTLED" };
  }

  let hospital: { id: string; code: string; status: string; name: string } | null = null;
  if (host.kind === "hospital") {
    const h = control.hospitals;
    [hospital = null] = await main
      .select({ id: h.id, code: h.code, status: h.status, name: h.name })
      .from(h)
      .where(eq(h.code, host.code));
    // a suspended hospital refuses every sign-in except its ADMINs', who reach only the account area
    if (hospital?.status === "SUSPENDED" && !(username && (await isHospitalAdmin(main, hospital.id, username)))) {
      await returnIpAttempt(req.ip);
      await audit("FAILURE", "hospital_suspended", undefined, hospital);
      return { ok: false, error: "SUSPENDED" };
    }
  }

  const u = control.users;
  const scope = host.kind === "admin" ? isNull(u.hospitalId) : hospital ? eq(u.hospitalId, hospital.id) : null;
  const [user] =
    username && scope
      ? await main
          .select({
            id: u.id,
            hospitalId: u.hospitalId,
            role: u.role,
            passwordHash: u.passwordHash,
            isActive: u.isActive,
            approval: u.approval,
            mfaEnabled: u.mfaEnabled,
            mfaSecret: u.mfaSecret,
            firstName: u.firstName,
            lastName: u.lastName,
          })
          .from(u)
          .where(and(eq(u.username, username), scope))
      : [];
  const fail = async (reason: string, error: SignInFailure = "INVALID", lockedAfter?: number) => {
    await audit(
      "FAILURE",
      lockedAfter ? `${reason}; account locked after ${lockedAfter} failures` : reason,
      user,
      hospital,
    );
    return { ok: false as const, error };
  };
  if (!user) {
    await burnPasswordCheck(password);
    return fail("unknown_user");
  }
  // counted now, before the check: a failure needs nothing more written; the attempt that reaches the limit locks
  const attempt = await reserveSignInAttempt(main, user.id);
  if (!attempt) {
    await burnPasswordCheck(password);
    return fail("account_locked");
  }
  const failed = (reason: string, error?: SignInFailure) =>
    fail(reason, error, attempt.locksAccount ? attempt.number : undefined);
  if (!hospitalOk(hospital, host.kind)) {
    await burnPasswordCheck(password);
    return failed("hospital_unavailable");
  }
  if (!(await verifyPassword(user.passwordHash, password))) return failed("bad_password");
  if (!user.isActive || user.approval !== "APPROVED") return failed(user.isActive ? "not_approved" : "inactive");
  if ((host.kind === "admin") !== (user.role === "SUPERADMIN")) return failed("wrong_host_for_role");

  if (user.mfaEnabled) {
    if (!code) {
      // the password was right: not a failed guess
      await releaseSignInAttempt(main, user.id);
      await returnIpAttempt(req.ip);
      await audit("FAILURE", "mfa_required", user, hospital);
      return { ok: false, error: "MFA_REQUIRED" };
    }
    const method = await verifySecondFactor({ main }, user, code);
    if (!method) return failed("bad_mfa_code", "MFA_INVALID");
  }

  await returnIpAttempt(req.ip);
  await main.update(u).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }).where(eq(u.id, user.id));
  const sessionId = await createSession({
    userId: user.id,
    hospitalId: user.hospitalId,
    ip: req.ip,
    userAgent: req.userAgent,
  });
  await audit("SUCCESS", user.mfaEnabled ? "password+mfa" : "password", user, hospital);
  return {
    ok: true,
    sessionId,
    userId: user.id,
    role: user.role,
    hospitalCode,
    name: `${user.firstName} ${user.lastName}`,
  };
}

function hospitalOk(hospital: { status: string } | null, kind: "hospital" | "admin"): boolean {
  if (kind === "admin") return true;
  // SUSPENDED: only its ADMINs get this far (checked above)
  return (
    hospital !== null &&
    (hospital.status === "ACTIVE" || hospital.status === "EXPIRED" || hospital.status === "SUSPENDED")
  );
}

async function isHospitalAdmin(main: Awaited<ReturnType<typeof mainDb>>, hospitalId: string, username: string) {
  const u = control.users;
  const [row] = await main
    .select({ role: u.role })
    .from(u)
    .where(and(eq(u.username, username), eq(u.hospitalId, hospitalId)));
  return row?.role === "ADMIN";
}

/** an administrator lifts a sign-in lock */
export async function unlockAccount(userId: string): Promise<void> {
  const main = await mainDb();
  const u = control.users;
  await main.update(u).set({ failedLogins: 0, lockedUntil: null }).where(eq(u.id, userId));
}
