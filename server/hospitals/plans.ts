// Subscription plans: the one place their limits live. Enforced on the server (see server/trpc.ts and the patient
// domain); shown in the UI from the same table.
import type { Plan } from "../../db/schema/enums";

export type PlanRules = {
  /** null: unlimited */
  maxPatients: number | null;
  /** length of the subscription a new hospital on this plan gets; null: open-ended */
  trialDays: number | null;
  customReporting: boolean;
};

export const PLAN_RULES: Record<Plan, PlanRules> = {
  TRIAL: { maxPatients: 100, trialDays: 30, customReporting: false },
  BASIC: { maxPatients: 1_000, trialDays: null, customReporting: false },
  PROFESSIONAL: { maxPatients: 10_000, trialDays: null, customReporting: true },
  ENTERPRISE: { maxPatients: null, trialDays: null, customReporting: true },
};

export function defaultSubscriptionEnd(plan: Plan, start: Date): Date | null {
  const days = PLAN_RULES[plan].trialDays;
  return days === null ? null : new Date(start.getTime() + days * 86_400_000);
}
