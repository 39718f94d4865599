// The hospital's own view of the control audit log, for its admins. By default what the platform's super admins did
// to and in this hospital: every console action on the hospital or its users (accounts created, passwords reset with
// a one-time code, accounts disabled, unlocked, plan and status changes, data browser looks), break-glass grants with
// their reasons, and codes redeemed by the hospital's users; or everything about the hospital (its admins' own staff
// and settings changes, sign-ins). Read from the control audit log, only the hospital's own rows (ctx.hospital.id).
import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import { control } from "@/db";
import type { HospitalCtx } from "../context";

const a = control.auditLog;
const u = control.users;
const g = control.breakGlassGrants;

/**
 * who "platform": the super admins' actions (and codes redeemed); who "everyone": every entry of the control audit log
 * about this hospital — its own admins' staff and settings changes, sign-ins and their failures too.
 */
export async function listPlatformAccess(
  ctx: HospitalCtx,
  input: { limit: number; cursor?: string; who?: "platform" | "everyone" },
) {
  const before = input.cursor ? new Date(input.cursor) : undefined;
  const rows = await ctx.main
    .select({
      id: a.id,
      at: a.at,
      action: a.action,
      outcome: a.outcome,
      actorUsername: a.actorUsername,
      targetType: a.targetType,
      targetId: a.targetId,
      detail: a.detail,
    })
    .from(a)
    .leftJoin(u, eq(u.id, a.actorUserId))
    .where(
      and(
        eq(a.hospitalId, ctx.hospital.id),
        input.who === "everyone" ? undefined : or(eq(u.role, "SUPERADMIN"), eq(a.action, "account.code_redeemed")),
        before && !Number.isNaN(before.getTime()) ? lt(a.at, before) : undefined,
      ),
    )
    .orderBy(desc(a.at), desc(a.id))
    .limit(input.limit + 1);
  const more = rows.length > input.limit;
  const items = more ? rows.slice(0, input.limit) : rows;
  const now = new Date();
  const activeGrants = await ctx.main
    .select({ id: g.id, username: g.username, reason: g.reason, startsAt: g.startsAt, expiresAt: g.expiresAt })
    .from(g)
    .where(and(eq(g.hospitalId, ctx.hospital.id), isNull(g.endedAt), gt(g.expiresAt, now)))
    .orderBy(desc(g.startsAt));
  return {
    activeGrants,
    items,
    nextCursor: more ? items[items.length - 1]!.at.toISOString() : undefined,
  };
}
