// The access log's filters live in the address (?action=&from=&to=&userId=&patientId=), so a filtered view can be
// bookmarked, shared and gone back from. Pure: read and written by the client components.
import type { z } from "zod";
import { isoDate, text, uuid } from "@/shared/zod";

export type LogFilters = { action?: string; from?: string; to?: string; userId?: string; patientId?: string };

const KEYS = ["action", "from", "to", "userId", "patientId"] as const;

const ok = <T>(schema: z.ZodType<T>, raw: string | null): T | undefined => {
  if (!raw) return undefined;
  const r = schema.safeParse(raw);
  return r.success ? r.data : undefined;
};

/** the valid filters of the address; `badId` when a user or patient id is present but not a valid id (it is ignored) */
export function readFilters(params: { get(name: string): string | null }): { filters: LogFilters; badId: boolean } {
  const userId = ok(uuid, params.get("userId"));
  const patientId = ok(uuid, params.get("patientId"));
  const badId = (!!params.get("userId") && !userId) || (!!params.get("patientId") && !patientId);
  const action = ok(text(60), params.get("action")) || undefined;
  return {
    filters: { action, from: ok(isoDate, params.get("from")), to: ok(isoDate, params.get("to")), userId, patientId },
    badId,
  };
}

/** the query string (with "?", or "" for none) of these filters */
export function filtersQuery(f: LogFilters): string {
  const q = new URLSearchParams();
  for (const k of KEYS) if (f[k]) q.set(k, f[k]);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const hasFilters = (f: LogFilters) => KEYS.some((k) => !!f[k]);

/** the first characters of an id, enough to tell entries apart on screen */
export const shortId = (id: string) => id.slice(0, 8);

/** actions the server records, offered as suggestions (any other text may still be typed) */
export const KNOWN_ACTIONS = [
  "patient.view",
  "patient.create",
  "patient.update",
  "encounter.view",
  "encounter.start",
  "encounter.note",
  "encounter.vitals",
  "encounter.diagnosis",
  "encounter.prescription",
  "encounter.addendum",
  "encounter.sign",
  "appointment.create",
  "appointment.reschedule",
] as const;
