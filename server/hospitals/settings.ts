// A hospital ADMIN's settings of their own hospital. The hospital row is always the session's hospital (ctx.hospital.id),
// never one named by the input. Settings are read per request by verifySession, so a change (a module switched off,
// a shorter inactivity timeout) applies from the next request on.
import { and, eq } from "drizzle-orm";
import { control } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import type { HospitalCtx } from "../context";
import { fieldErrorsOf } from "@/shared/errors";
import { AppError, notFound } from "../errors";
import { logoInfo } from "./logo-store";
import { applySettingsPatch, withDefaults, type SettingsUpdate } from "../../shared/hospitals/settings-input";
import {
  defaultHospitalSettings,
  hospitalSettingsSchema,
  type HospitalSettings,
} from "../../shared/hospitals/settings-schema";

const h = control.hospitals;
const DETAIL_KEYS = ["name", "email", "phone", "address", "city", "state", "country"] as const;
/** optimistic retries when two administrators save at the same moment */
const SAVE_ATTEMPTS = 3;

async function readHospital(ctx: HospitalCtx) {
  const [row] = await ctx.main
    .select({
      code: h.code,
      plan: h.plan,
      status: h.status,
      subscriptionEndsAt: h.subscriptionEndsAt,
      name: h.name,
      email: h.email,
      phone: h.phone,
      address: h.address,
      city: h.city,
      state: h.state,
      country: h.country,
      settings: h.settings,
      updatedAt: h.updatedAt,
    })
    .from(h)
    .where(eq(h.id, ctx.hospital.id));
  if (!row) throw notFound();
  return row;
}

export async function getHospitalSettings(ctx: HospitalCtx) {
  const row = await readHospital(ctx);
  return {
    code: row.code,
    plan: row.plan,
    status: row.status,
    subscriptionEndsAt: row.subscriptionEndsAt,
    details: Object.fromEntries(DETAIL_KEYS.map((k) => [k, row[k]])) as Record<(typeof DETAIL_KEYS)[number], string>,
    settings: withDefaults(defaultHospitalSettings(row.code), row.settings),
    logo: await logoInfo(ctx.db),
    updatedAt: row.updatedAt,
    /** what settings.update's baseVersion names: changes with every save of the hospital's row */
    version: row.updatedAt.getTime(),
  };
}

function validSettings(next: HospitalSettings): HospitalSettings {
  const parsed = hospitalSettingsSchema.safeParse(next);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues).map((f) => ({ ...f, path: `settings.${f.path}` }));
    throw new AppError("VALIDATION", { fieldErrors });
  }
  if (parsed.data.workdayEnd <= parsed.data.workdayStart) {
    throw new AppError("VALIDATION", { field: "settings.workdayEnd", fieldCode: "WORKDAY_END_BEFORE_START" });
  }
  return parsed.data;
}

/** what changed, for the audit log: { key: { from, to } } */
function changes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(after)) {
    const from = before[k];
    if (JSON.stringify(from) !== JSON.stringify(to)) out[k] = { from, to };
  }
  return out;
}

export async function updateHospitalSettings(ctx: HospitalCtx, input: SettingsUpdate) {
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const row = await readHospital(ctx);
    const stale = () => new AppError("STALE", { params: { version: row.updatedAt.getTime() } });
    if (input.baseVersion !== undefined && input.baseVersion !== row.updatedAt.getTime()) throw stale();
    const current = withDefaults(defaultHospitalSettings(row.code), row.settings);
    const next = validSettings(applySettingsPatch(current, input.settings));
    // amounts are stored in minor units of the currency: a new currency would silently change every amount's value
    // (50.00 USD → 5.000 OMR, or 5000 JPY). The change must carry each amount confirmed in the new currency.
    if (next.currency !== current.currency && input.settings?.consultationFee === undefined)
      throw new AppError("VALIDATION", {
        field: "settings.consultationFee",
        fieldCode: "AMOUNT_CONFIRM_NEEDED",
        params: { currency: next.currency },
      });
    const { modules: modulesBefore, ...restBefore } = current;
    const { modules: modulesAfter, ...restAfter } = next;
    const changed = {
      ...changes(Object.fromEntries(DETAIL_KEYS.map((k) => [k, row[k]])), input.details ?? {}),
      ...changes(restBefore, restAfter),
      ...Object.fromEntries(Object.entries(changes(modulesBefore, modulesAfter)).map(([k, v]) => [`modules.${k}`, v])),
    };
    if (Object.keys(changed).length === 0) return getHospitalSettings(ctx);

    // strictly later than the version read, so the compare-and-set below can tell versions apart
    const updatedAt = new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1));
    const saved = await ctx.main
      .update(h)
      .set({ ...input.details, settings: next, updatedAt })
      .where(and(eq(h.id, ctx.hospital.id), eq(h.updatedAt, row.updatedAt)))
      .returning({ id: h.id });
    if (saved.length === 0) {
      // another administrator saved in between: an edit from a known version is refused, a bare patch is re-applied
      if (input.baseVersion !== undefined) throw stale();
      continue;
    }

    await writeControlAudit(ctx, {
      action: "settings.updated",
      outcome: "SUCCESS",
      actor: { id: ctx.actor.userId, username: ctx.actor.username },
      hospital: { id: ctx.hospital.id, code: row.code },
      ip: ctx.actor.ip,
      target: { type: "hospital", id: ctx.hospital.id },
      detail: { changed },
    });
    return getHospitalSettings(ctx);
  }
  throw new AppError("STALE");
}
