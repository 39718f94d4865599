// settings.update input: the details as a whole, the settings as a partial patch (modules one by one). Pure zod,
// shared by the router, the settings forms and the tests.
import { z } from "zod";
import { withCode } from "../zod";
import { hospitalDetailsSchema } from "./schemas";
import { hospitalSettingsSchema, MODULE_KEYS, type HospitalSettings, type ModuleKey } from "./settings-schema";

export const modulesPatchSchema = z.object(
  Object.fromEntries(MODULE_KEYS.map((m) => [m, z.boolean().optional()])) as Record<
    ModuleKey,
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const settingsPatchSchema = hospitalSettingsSchema.partial().extend({ modules: modulesPatchSchema.optional() });
export type SettingsPatch = z.output<typeof settingsPatchSchema>;

export const settingsUpdateSchema = z
  .object({
    details: hospitalDetailsSchema.optional(),
    settings: settingsPatchSchema.optional(),
    /** settings.get's `version` this edit started from: a save over a newer version is refused (STALE), never merged */
    baseVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .refine((v) => v.details !== undefined || v.settings !== undefined, withCode("NOTHING_TO_CHANGE"));
export type SettingsUpdateInput = z.input<typeof settingsUpdateSchema>;
export type SettingsUpdate = z.output<typeof settingsUpdateSchema>;

/** the settings of each section of the settings page (each form validates with its own slice of the schema) */
export const localeSettingsSchema = hospitalSettingsSchema.pick({
  timezone: true,
  currency: true,
  locale: true,
  dateFormat: true,
});
export const businessRulesSchema = hospitalSettingsSchema.pick({
  appointmentMinutes: true,
  bookingHorizonDays: true,
  cancellationWindowHours: true,
  consultationFee: true,
  taxRatePercent: true,
  mrnPrefix: true,
  workdayStart: true,
  workdayEnd: true,
});
export const modulesSettingsSchema = hospitalSettingsSchema.pick({ modules: true });
export const securitySettingsSchema = hospitalSettingsSchema.pick({
  mfaRequired: true,
  inactivityTimeoutMinutes: true,
  staffSelfRegistration: true,
});

/** stored settings over the defaults: older rows may lack newer keys */
export function withDefaults(
  defaults: HospitalSettings,
  stored: Partial<HospitalSettings> | null | undefined,
): HospitalSettings {
  return { ...defaults, ...stored, modules: { ...defaults.modules, ...stored?.modules } };
}

/** the settings after applying a patch (modules merged key by key) */
export function applySettingsPatch(current: HospitalSettings, patch: SettingsPatch | undefined): HospitalSettings {
  if (!patch) return current;
  const { modules, ...rest } = patch;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const moduleChanges = Object.fromEntries(Object.entries(modules ?? {}).filter(([, v]) => v !== undefined));
  return { ...current, ...defined, modules: { ...current.modules, ...moduleChanges } };
}
