// Request facts for server components and route handlers (Next runtime only): the parsed host, the hospital it
// names, and the verified session — each computed once per request.
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { control } from "@/db";
import { canUseArea, refusal, PERMISSIONS, type Area, type Permission } from "@/shared/permissions";
import { sessionIdFromCookieHeader, verifySession, type VerifiedSession } from "../auth/sessions";
import { defaultHospitalSettings, type HospitalSettings } from "../../shared/hospitals/settings-schema";
import { mainDb } from "../tenancy/main-db";
import { parseHost, type ParsedHost } from "../tenancy/host";

export const requestHost = cache(async (): Promise<ParsedHost> => parseHost((await headers()).get("host")));

export type HostHospital = {
  id: string;
  code: string;
  name: string;
  status: string;
  plan: string;
  subscriptionEndsAt: Date | null;
  settings: HospitalSettings;
  /** set while the hospital is closed for maintenance (server/tenancy/maintenance.ts) */
  maintenanceSince: Date | null;
};

/** the hospital this host names (null on other hosts, or if no such hospital exists) */
export const hostHospital = cache(async (): Promise<HostHospital | null> => {
  const host = await requestHost();
  if (host.kind !== "hospital") return null;
  const main = await mainDb();
  const h = control.hospitals;
  const [row] = await main
    .select({
      id: h.id,
      code: h.code,
      name: h.name,
      status: h.status,
      plan: h.plan,
      subscriptionEndsAt: h.subscriptionEndsAt,
      settings: h.settings,
      maintenanceSince: h.maintenanceSince,
    })
    .from(h)
    .where(eq(h.code, host.code));
  if (!row || row.status === "PROVISIONING") return null;
  return { ...row, settings: { ...defaultHospitalSettings(row.code), ...row.settings } };
});

export const requestSession = cache(async (): Promise<VerifiedSession | null> => {
  const hdrs = await headers();
  const host = await requestHost();
  return verifySession(await sessionIdFromCookieHeader(hdrs.get("cookie")), host);
});

/** a page for signed-in users: otherwise to the sign-in page; unfinished accounts go finish first */
export async function requirePageSession(opts: { allowIncomplete?: boolean } = {}): Promise<VerifiedSession> {
  const session = await requestSession();
  if (!session) redirect("/auth/login");
  if (!opts.allowIncomplete) {
    if (session.user.mustChangePassword) redirect("/auth/change-password");
    if (session.mfaEnrolmentRequired) redirect("/account/security?enrol=1");
  }
  return session;
}

/** a hospital page of one area: a role or hospital without it gets a 404, never an empty page */
export async function requireArea(
  area: Area,
): Promise<VerifiedSession & { hospital: NonNullable<VerifiedSession["hospital"]> }> {
  const session = await requirePageSession();
  const hospital = session.hospital;
  if (!hospital || !canUseArea(session.user.role, area, placeOf(hospital))) notFound();
  keepSuspendedToStaff(hospital, area);
  return { ...session, hospital };
}

/** a SUSPENDED hospital's ADMIN works only with staff (disable, end sessions) and their own account: other pages go there */
function keepSuspendedToStaff(hospital: NonNullable<VerifiedSession["hospital"]>, area: Area): void {
  if (hospital.status === "SUSPENDED" && area !== "staff") redirect("/staff");
}

/** a hospital page that needs one permission of the table (role, module switch and plan, as on the server) */
export async function requirePermission(
  permission: Permission,
): Promise<VerifiedSession & { hospital: NonNullable<VerifiedSession["hospital"]> }> {
  const session = await requirePageSession();
  const hospital = session.hospital;
  if (!hospital) notFound();
  const area = PERMISSIONS[permission].area;
  const why = refusal(session.user.role, permission, placeOf(hospital));
  // a module switched off (or outside the plan) is said so, with who can switch it on — not a 404
  if (why === "MODULE_DISABLED" || why === "PLAN_FEATURE") redirect(`/module-off?area=${area}&why=${why}`);
  if (why) notFound();
  keepSuspendedToStaff(hospital, area);
  return { ...session, hospital };
}

/** the module switches and plan of a signed-in user's hospital: where a permission is asked */
export function placeOf(hospital: NonNullable<VerifiedSession["hospital"]>) {
  return { modules: hospital.settings.modules, plan: hospital.plan };
}

export async function requireSuperAdminPage(): Promise<VerifiedSession> {
  const session = await requirePageSession();
  if (session.user.role !== "SUPERADMIN" || session.hospital !== null) notFound();
  return session;
}
