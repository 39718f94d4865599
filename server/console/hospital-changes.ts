// A super admin changes a hospital: details, plan, subscription status and dates. Every change is written to the
// control audit log. Nothing here ever deletes data: a smaller plan or an expired subscription only limits what
// can be added (see server/hospitals/plans.ts and subscription.ts).
import { and, eq, isNull, ne } from "drizzle-orm";
import { control } from "@/db";
import type { HospitalStatus, Plan } from "@/shared/enums";
import { PLAN_RULES } from "../../shared/hospitals/plans";
import { isReadOnly } from "../hospitals/subscription";
import { mainDb } from "../tenancy/main-db";
import { assertProvisioned, auditConsole, findHospital, type ConsoleActor, type HospitalRow } from "./context";
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
async function change(code: string, patch: Patch) {
  const before = await findHospital(code);
  assertProvisioned(before);
  const main = await mainDb();
  const done = await main
    .update(h)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(h.code, before.code), ne(h.status, "PROVISIONING")))
    .returning({ id: h.id });
  if (done.length === 0) assertProvisioned(await findHospital(code));
  return { before, after: await findHospital(code) };
}

const ref = (row: HospitalRow) => ({
  hospital: { id: row.id, code: row.code },
  target: { type: "hospital", id: row.id },
});

export async function updateHospitalDetails(
  actor: ConsoleActor,
  code: string,
  details: Required<Omit<Patch, "plan" | "status" | "subscriptionStartsAt" | "subscriptionEndsAt">>,
) {
  const { before, after } = await change(code, details);
  const fields = (Object.keys(details) as Array<keyof typeof details>).filter((k) => before[k] !== after[k]);
  await auditConsole(actor, "hospital.updated", { ...ref(after), detail: { fields } });
  return view(after);
}

export async function setHospitalPlan(actor: ConsoleActor, code: string, plan: Plan) {
  const { before, after } = await change(code, { plan });
  await auditConsole(actor, "hospital.plan_changed", { ...ref(after), detail: { from: before.plan, to: plan } });
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

export async function setHospitalStatus(actor: ConsoleActor, code: string, status: SettableStatus) {
  const { before, after } = await change(code, { status: status as HospitalStatus });
  let sessionsEnded = 0;
  if (status === "SUSPENDED" && before.status !== "SUSPENDED") {
    // sessions of a suspended hospital are refused anyway; revoking them keeps them dead after a later reactivation
    const main = await mainDb();
    const s = control.sessions;
    const ended = await main
      .update(s)
      .set({ revokedAt: new Date(), revokedReason: "hospital suspended" })
      .where(and(eq(s.hospitalId, after.id), isNull(s.revokedAt)))
      .returning({ id: s.id });
    sessionsEnded = ended.length;
  }
  await auditConsole(actor, "hospital.status_changed", {
    ...ref(after),
    detail: { from: before.status, to: status, sessionsEnded },
  });
  return { hospital: view(after), sessionsEnded };
}

/** subscription from the start of `startsOn` to the end of `endsOn` (UTC); null end = open-ended */
export async function setHospitalSubscription(actor: ConsoleActor, code: string, s: Omit<SubscriptionInput, "code">) {
  const subscriptionStartsAt = startOfDay(s.startsOn);
  const subscriptionEndsAt = s.endsOn === null ? null : endOfDay(s.endsOn);
  const { before, after } = await change(code, { subscriptionStartsAt, subscriptionEndsAt });
  await auditConsole(actor, "hospital.subscription_changed", {
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
