// A super admin changes a hospital: details, plan, subscription status and dates. Every change is written to the
// control audit log. Nothing here ever deletes data: a smaller plan or an expired subscription only limits what
// can be added (see server/hospitals/plans.ts and subscription.ts).
import { and, eq, isNull, ne } from "drizzle-orm";
import { control } from "@/db";
import type { HospitalStatus, Plan } from "@/shared/enums";
import { defaultSubscriptionEnd, PLAN_RULES } from "../../shared/hospitals/plans";
import { isReadOnly } from "../hospitals/subscription";
import type { PlatformCtx } from "../context";
import { assertProvisioned, auditConsole, findHospital, type HospitalRow } from "./context";
import { endOfDay, startOfDay } from "./query";
import type { SettableStatus, SubscriptionInput } from "../../shared/console/schemas";
import { probeHospital } from "./tenant-facts";

const h = control.hospitals;

type Patch = Partial<
  Pick<
    typeof h.$inferInsert,
    | "name"
    | "email"
    | "phone"
    | "address"
    | "city"
    | "state"
    | "country"
    | "plan"
    | "status"
    | "subscriptionStartsAt"
    | "subscriptionEndsAt"
  >
>;

function view(row: HospitalRow) {
  const { dbServer: _dbServer, ...rest } = row;
  return { ...rest, readOnly: isReadOnly(row) };
}

/** applies a patch unless the hospital is (still, or meanwhile) provisioning; returns the row before and after */
async function change(ctx: PlatformCtx, code: string, patch: Patch) {
  const before = await findHospital(ctx, code);
  assertProvisioned(before);
  const done = await ctx.main
    .update(h)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(h.code, before.code), ne(h.status, "PROVISIONING")))
    .returning({ id: h.id });
  if (done.length === 0) assertProvisioned(await findHospital(ctx, code));
  return { before, after: await findHospital(ctx, code) };
}

const ref = (row: HospitalRow) => ({
  hospital: { id: row.id, code: row.code },
  target: { type: "hospital", id: row.id },
});

export async function updateHospitalDetails(
  ctx: PlatformCtx,
  code: string,
  details: Required<Omit<Patch, "plan" | "status" | "subscriptionStartsAt" | "subscriptionEndsAt">>,
) {
  const { before, after } = await change(ctx, code, details);
  const fields = (Object.keys(details) as Array<keyof typeof details>).filter((k) => before[k] !== after[k]);
  await auditConsole(ctx, "hospital.updated", { ...ref(after), detail: { fields } });
  return view(after);
}

/**
 * A new plan. Leaving or entering TRIAL also sets the subscription's dates, never silently keeping the old ones: a
 * trial's end does not bind a paid plan (it runs from today, open-ended until the super admin sets an end), and a
 * hospital put on TRIAL gets the trial's days from today.
 */
export async function setHospitalPlan(ctx: PlatformCtx, code: string, plan: Plan) {
  const current = await findHospital(ctx, code);
  const now = new Date();
  const dates =
    (current.plan === "TRIAL") !== (plan === "TRIAL")
      ? { subscriptionStartsAt: now, subscriptionEndsAt: defaultSubscriptionEnd(plan, now) }
      : {};
  const { before, after } = await change(ctx, code, { plan, ...dates });
  await auditConsole(ctx, "hospital.plan_changed", {
    ...ref(after),
    detail: {
      from: before.plan,
      to: plan,
      ...(dates.subscriptionStartsAt
        ? { subscriptionEndsAt: { from: before.subscriptionEndsAt, to: after.subscriptionEndsAt } }
        : {}),
    },
  });
  // a smaller plan keeps every record; only new registrations beyond its limit are refused
  const probe = await probeHospital(after.code, after.status);
  const maxPatients = PLAN_RULES[plan].maxPatients;
  const patients = probe.reachable ? probe.patients : null;
  return {
    hospital: view(after),
    patients,
    maxPatients,
    overLimit: patients !== null && maxPatients !== null && patients >= maxPatients,
  };
}

export async function setHospitalStatus(ctx: PlatformCtx, code: string, status: SettableStatus) {
  const { before, after } = await change(ctx, code, { status: status as HospitalStatus });
  let sessionsEnded = 0;
  if (status === "SUSPENDED" && before.status !== "SUSPENDED") {
    // sessions of a suspended hospital are refused anyway; revoking them keeps them dead after a later reactivation
    const s = control.sessions;
    const ended = await ctx.main
      .update(s)
      .set({ revokedAt: new Date(), revokedReason: "hospital suspended" })
      .where(and(eq(s.hospitalId, after.id), isNull(s.revokedAt)))
      .returning({ id: s.id });
    sessionsEnded = ended.length;
  }
  await auditConsole(ctx, "hospital.status_changed", {
    ...ref(after),
    detail: { from: before.status, to: status, sessionsEnded },
  });
  return { hospital: view(after), sessionsEnded };
}

/** subscription from the start of `startsOn` to the end of `endsOn` (UTC); null end = open-ended */
export async function setHospitalSubscription(ctx: PlatformCtx, code: string, s: Omit<SubscriptionInput, "code">) {
  const subscriptionStartsAt = startOfDay(s.startsOn);
  const subscriptionEndsAt = s.endsOn === null ? null : endOfDay(s.endsOn);
  const { before, after } = await change(ctx, code, { subscriptionStartsAt, subscriptionEndsAt });
  await auditConsole(ctx, "hospital.subscription_changed", {
    ...ref(after),
    detail: {
      from: {
        startsAt: before.subscriptionStartsAt.toISOString(),
        endsAt: before.subscriptionEndsAt?.toISOString() ?? null,
      },
      to: { startsAt: subscriptionStartsAt.toISOString(), endsAt: subscriptionEndsAt?.toISOString() ?? null },
    },
  });
  return view(after);
}
