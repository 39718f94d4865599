// Subscription plans: the one place their limits live. Enforced on the server (see server/trpc.ts and the patient
// domain); shown in the UI from the same table.
import type { Plan } from "../enums";
import type { ModuleKey } from "./settings-schema";

/** what a plan may include: the module keys plus capabilities beyond a module */
export type PlanFeature = ModuleKey | "customReports" | "apiKeys" | "webhooks" | "fhirBulkExport" | "dedicatedServer";

const CORE: readonly PlanFeature[] = ["appointments", "emr", "laboratory", "pharmacy", "billing", "reports"];
const PROFESSIONAL: readonly PlanFeature[] = [...CORE, "inpatient", "radiology", "customReports", "apiKeys"];

/** the features of each plan (ARCHITECTURE.md, "Subscriptions"): a module outside the plan is off whatever its switch */
export const PLAN_FEATURES: Record<Plan, readonly PlanFeature[]> = {
  TRIAL: CORE,
  BASIC: CORE,
  PROFESSIONAL,
  ENTERPRISE: [...PROFESSIONAL, "webhooks", "fhirBulkExport", "dedicatedServer"],
};

export function planHasFeature(plan: Plan | string, feature: PlanFeature): boolean {
  const features = PLAN_FEATURES[plan as Plan] as readonly PlanFeature[] | undefined;
  return features ? features.includes(feature) : false;
}

export type PlanRules = {
  /** null: unlimited */
  maxPatients: number | null;
  /** length of the subscription a new hospital on this plan gets; null: open-ended */
  trialDays: number | null;
};

export const PLAN_RULES: Record<Plan, PlanRules> = {
  TRIAL: { maxPatients: 100, trialDays: 30 },
  BASIC: { maxPatients: 1_000, trialDays: null },
  PROFESSIONAL: { maxPatients: 10_000, trialDays: null },
  ENTERPRISE: { maxPatients: null, trialDays: null },
};

export function defaultSubscriptionEnd(plan: Plan, start: Date): Date | null {
  const days = PLAN_RULES[plan].trialDays;
  return days === null ? null : new Date(start.getTime() + days * 86_400_000);
}
