// Key figures of the platform for the console dashboard: hospitals by plan and status, patients and active users per
// hospital, sign-ins per day. Days are UTC days, like every date on the admin host.
import { and, asc, count, eq, gte, isNotNull, lt } from "drizzle-orm";
import { control } from "@/db";
import { HOSPITAL_STATUSES, PLANS, type HospitalStatus, type Plan } from "@/shared/enums";
import type { PlatformCtx } from "../context";
import { mapBounded, probeHospital } from "./tenant-facts";

const DAY_MS = 86_400_000;
export const STATS_DAYS = 30;
/** a user who signed in within this many days counts as active */
export const ACTIVE_USER_DAYS = 30;

const h = control.hospitals;
const u = control.users;
const audit = control.auditLog;

function tally<K extends string>(keys: readonly K[], rows: Array<{ key: K; n: number }>): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) out[r.key] += r.n;
  return out;
}

/** successful and failed sign-ins of each of the last `days` UTC days (today last) */
async function signInsPerDay(ctx: PlatformCtx, days: number, now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const starts = Array.from({ length: days }, (_, i) => today - (days - 1 - i) * DAY_MS);
  // one small indexed range count per day (audit_log_action_at_idx): portable, no dialect date functions
  return Promise.all(
    starts.map(async (start) => {
      const rows = await ctx.main
        .select({ outcome: audit.outcome, n: count() })
        .from(audit)
        .where(
          and(eq(audit.action, "auth.sign_in"), gte(audit.at, new Date(start)), lt(audit.at, new Date(start + DAY_MS))),
        )
        .groupBy(audit.outcome);
      const of = (o: "SUCCESS" | "FAILURE") => rows.find((r) => r.outcome === o)?.n ?? 0;
      return { day: new Date(start).toISOString().slice(0, 10), success: of("SUCCESS"), failure: of("FAILURE") };
    }),
  );
}

export async function platformStats(ctx: PlatformCtx, now = new Date()) {
  const main = ctx.main;
  const activeSince = new Date(now.getTime() - ACTIVE_USER_DAYS * DAY_MS);
  const [hospitals, byPlan, byStatus, active, signIns] = await Promise.all([
    main.select({ id: h.id, code: h.code, name: h.name, status: h.status }).from(h).orderBy(asc(h.code)),
    main.select({ key: h.plan, n: count() }).from(h).groupBy(h.plan),
    main.select({ key: h.status, n: count() }).from(h).groupBy(h.status),
    main
      .select({ hospitalId: u.hospitalId, n: count() })
      .from(u)
      .where(and(isNotNull(u.hospitalId), eq(u.isActive, true), gte(u.lastLoginAt, activeSince)))
      .groupBy(u.hospitalId),
    signInsPerDay(ctx, STATS_DAYS, now),
  ]);
  const activeBy = new Map(active.map((r) => [r.hospitalId, r.n]));
  const perHospital = await mapBounded(hospitals, async (row) => {
    const probe = await probeHospital(row.code, row.status);
    return {
      code: row.code,
      name: row.name,
      status: row.status,
      patients: probe.reachable ? probe.patients : null,
      activeUsers: activeBy.get(row.id) ?? 0,
    };
  });
  return {
    totals: {
      hospitals: hospitals.length,
      patients: perHospital.reduce((n, r) => n + (r.patients ?? 0), 0),
      activeUsers: perHospital.reduce((n, r) => n + r.activeUsers, 0),
      signInsToday: signIns.at(-1)?.success ?? 0,
    },
    byPlan: tally<Plan>(PLANS, byPlan as Array<{ key: Plan; n: number }>),
    byStatus: tally<HospitalStatus>(HOSPITAL_STATUSES, byStatus as Array<{ key: HospitalStatus; n: number }>),
    perHospital,
    signInsPerDay: signIns,
  };
}
