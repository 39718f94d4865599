// Hospital settings: one zod schema shared by the server, the settings form and the tests. Pure: no server imports.
import { z } from "zod";
import { withCode } from "../zod";

export const MODULE_KEYS = [
  "appointments",
  "emr",
  "laboratory",
  "pharmacy",
  "billing",
  "inpatient",
  "radiology",
  "reports",
] as const;

/** the modules whose screens exist; the switches of the others stay hidden in settings until they do */
export const MODULES_WITH_SCREENS: readonly ModuleKey[] = ["appointments", "emr"];
export type ModuleKey = (typeof MODULE_KEYS)[number];

export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DATE_FORMATS = ["DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"] as const;

const ianaZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}, withCode("INVALID_TIMEZONE"));
const currencyCode = z.string().refine((c) => {
  if (!/^[A-Z]{3}$/.test(c)) return false;
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf("currency").includes(c);
  } catch {
    return true;
  }
}, withCode("INVALID_CURRENCY"));
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().refine((s) => TIME.test(s), withCode("INVALID_TIME"));

export const hospitalSettingsSchema = z.object({
  timezone: ianaZone,
  currency: currencyCode,
  locale: z.enum(LOCALES),
  dateFormat: z.enum(DATE_FORMATS),
  appointmentMinutes: z.number().int().min(5).max(240),
  bookingHorizonDays: z.number().int().min(1).max(730),
  cancellationWindowHours: z.number().int().min(0).max(168),
  /** in minor units of the currency */
  consultationFee: z.number().int().min(0).max(100_000_000),
  taxRatePercent: z.number().min(0).max(100),
  mrnPrefix: z.string().refine((s) => /^[A-Z0-9]{1,8}$/.test(s), withCode("INVALID_MRN_PREFIX")),
  workdayStart: hhmm,
  workdayEnd: hhmm,
  modules: z.object(Object.fromEntries(MODULE_KEYS.map((m) => [m, z.boolean()])) as Record<ModuleKey, z.ZodBoolean>),
  mfaRequired: z.boolean(),
  inactivityTimeoutMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  staffSelfRegistration: z.boolean(),
});
export type HospitalSettings = z.infer<typeof hospitalSettingsSchema>;

export function defaultHospitalSettings(code: string): HospitalSettings {
  return {
    timezone: "UTC",
    currency: "USD",
    locale: "en",
    dateFormat: "DD/MM/YYYY",
    appointmentMinutes: 15,
    bookingHorizonDays: 90,
    cancellationWindowHours: 2,
    consultationFee: 5000,
    taxRatePercent: 0,
    mrnPrefix: code.slice(0, 8),
    workdayStart: "08:00",
    workdayEnd: "17:00",
    modules: Object.fromEntries(MODULE_KEYS.map((m) => [m, true])) as Record<ModuleKey, boolean>,
    mfaRequired: false,
    inactivityTimeoutMinutes: 30,
    staffSelfRegistration: false,
  };
}
