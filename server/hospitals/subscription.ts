// Subscription state as the server enforces it. An expired subscription makes a hospital read-only (every write
// refused, every read allowed); SUSPENDED refuses sign-in except its ADMINs, who reach only the account area
// (server/trpc.ts hospitalProcedure). Nothing is ever deleted by either.
import type { HospitalStatus } from "@/shared/enums";

export type SubscriptionFacts = { status: HospitalStatus; subscriptionEndsAt: Date | null };

export function isExpired(h: SubscriptionFacts, now = new Date()): boolean {
  return h.status === "EXPIRED" || (h.subscriptionEndsAt !== null && h.subscriptionEndsAt.getTime() <= now.getTime());
}

export function isReadOnly(h: SubscriptionFacts, now = new Date()): boolean {
  return h.status !== "SUSPENDED" && isExpired(h, now);
}
