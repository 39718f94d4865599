// Server-side sessions. The next-auth JWT cookie only carries a session id; every request re-reads the session row,
// its user and its hospital, so a revoked session, a deactivated user or a suspended hospital is refused on the very
// next request, and a cookie replayed on another host is simply signed out there.
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { control } from "@/db";
import { newId } from "@/db/id";
import type { HospitalStatus, Role } from "@/shared/enums";
import type { HospitalSettings } from "../../shared/hospitals/settings-schema";
import { mainDb } from "../tenancy/main-db";
import { config } from "../config";
import type { ParsedHost } from "../tenancy/host";
import { sessionCookieName } from "./cookies";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
const SUPERADMIN_IDLE_MINUTES = 30;
/** last-seen is written at most this often per session */
const TOUCH_EVERY_MS = 60_000;

export type SessionUser = {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  mustChangePassword: boolean;
  mfaEnabled: boolean;
};

export type SessionHospital = {
  id: string;
  code: string;
  name: string;
  plan: "TRIAL" | "BASIC" | "PROFESSIONAL" | "ENTERPRISE";
  status: HospitalStatus;
  subscriptionEndsAt: Date | null;
  settings: HospitalSettings;
};

export type VerifiedSession = {
  sessionId: string;
  user: SessionUser;
  /** null on the admin host */
  hospital: SessionHospital | null;
  /** the hospital requires MFA and this user has not enrolled yet */
  mfaEnrolmentRequired: boolean;
};

export async function createSession(input: {
  userId: string;
  hospitalId: string | null;
  ip: string;
  userAgent: string;
}): Promise<string> {
  const main = await mainDb();
  const now = new Date();
  const id = newId();
  await main.insert(control.sessions).values({
    id,
    userId: input.userId,
    hospitalId: input.hospitalId,
    ip: input.ip.slice(0, 64),
    userAgent: input.userAgent.slice(0, 300),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return id;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** the session id inside a next-auth session cookie, or null if absent, forged or expired */
export async function sessionIdFromCookieHeader(cookieHeader: string | null | undefined): Promise<string | null> {
  if (!cookieHeader) return null;
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = safeDecode(part.slice(eq + 1).trim());
    if (value !== null) cookies.set(name, value); // a bad %-encoding (ours or another cookie's) is no cookie
  }
  // only the name next-auth writes under the current setting (server/auth/cookies.ts): in production a cookie
  // without the __Secure- prefix (one a plain-http response could have planted) is never read
  const token = cookies.get(sessionCookieName());
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    if (payload && typeof payload.sid === "string") return payload.sid;
  } catch {
    /* forged, or encrypted under another secret */
  }
  return null;
}

/**
 * Verifies a session for a request on `host`. Returns null (signed out) unless the session is live, its user active
 * and approved, and the host is the user's own: their hospital's subdomain, or the admin host for a super admin.
 */
export async function verifySession(sessionId: string | null, host: ParsedHost): Promise<VerifiedSession | null> {
  if (!sessionId || host.kind === "invalid" || host.kind === "root") return null;
  const main = await mainDb();
  const s = control.sessions;
  const u = control.users;
  const h = control.hospitals;
  const now = new Date();
  const [row] = await main
    .select({
      session: { id: s.id, lastSeenAt: s.lastSeenAt, hospitalId: s.hospitalId },
      user: {
        id: u.id,
        hospitalId: u.hospitalId,
        username: u.username,
        firstName: u.firstName,
        lastName: u.lastName,
        email: u.email,
        role: u.role,
        isActive: u.isActive,
        approval: u.approval,
        mustChangePassword: u.mustChangePassword,
        mfaEnabled: u.mfaEnabled,
      },
      hospital: {
        id: h.id,
        code: h.code,
        name: h.name,
        plan: h.plan,
        status: h.status,
        subscriptionEndsAt: h.subscriptionEndsAt,
        settings: h.settings,
      },
    })
    .from(s)
    .innerJoin(u, eq(u.id, s.userId))
    .leftJoin(h, eq(h.id, u.hospitalId))
    .where(and(eq(s.id, sessionId), isNull(s.revokedAt), gt(s.expiresAt, now)));
  if (!row) return null;
  const { session, user, hospital } = row;
  if (!user.isActive || user.approval !== "APPROVED") return null;
  if (session.hospitalId !== user.hospitalId) return null;

  if (host.kind === "admin") {
    if (user.role !== "SUPERADMIN" || user.hospitalId !== null) return null;
  } else {
    if (user.role === "SUPERADMIN" || !hospital || hospital.code !== host.code) return null;
    // a SUSPENDED hospital keeps only its ADMINs' sessions (the account area: server/trpc.ts hospitalProcedure)
    const served = hospital.status === "ACTIVE" || hospital.status === "EXPIRED";
    if (!served && !(hospital.status === "SUSPENDED" && user.role === "ADMIN")) return null;
  }

  const idleMinutes = hospital ? hospital.settings.inactivityTimeoutMinutes : SUPERADMIN_IDLE_MINUTES;
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) {
    await revokeSession(session.id, "inactivity");
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await main.update(s).set({ lastSeenAt: now }).where(eq(s.id, session.id));
  }
  const mfaRequired = hospital ? hospital.settings.mfaRequired : config.requireSuperAdminMfa;
  return {
    sessionId: session.id,
    user: {
      id: user.id,
      username: user.username,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      role: user.role,
      mustChangePassword: user.mustChangePassword,
      mfaEnabled: user.mfaEnabled,
    },
    hospital: hospital ? { ...hospital, plan: hospital.plan } : null,
    mfaEnrolmentRequired: mfaRequired && !user.mfaEnabled,
  };
}

export async function revokeSession(sessionId: string, reason: string): Promise<void> {
  const main = await mainDb();
  await main
    .update(control.sessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(control.sessions.id, sessionId), isNull(control.sessions.revokedAt)));
}

/** revokes every live session of a user (optionally sparing one, e.g. the caller's own); returns how many */
export async function revokeUserSessions(userId: string, reason: string, except?: string): Promise<number> {
  const main = await mainDb();
  const s = control.sessions;
  const rows = await main
    .update(s)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(s.userId, userId), isNull(s.revokedAt), except ? ne(s.id, except) : undefined))
    .returning({ id: s.id });
  return rows.length;
}

export async function listUserSessions(userId: string) {
  const main = await mainDb();
  const s = control.sessions;
  return main
    .select({
      id: s.id,
      ip: s.ip,
      userAgent: s.userAgent,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
    })
    .from(s)
    .where(and(eq(s.userId, userId), isNull(s.revokedAt), gt(s.expiresAt, new Date())))
    .orderBy(desc(s.lastSeenAt));
}
