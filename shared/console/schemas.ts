// Inputs of the super admin console, shared by the router, the console forms and the tests. Pure zod: safe in client
// components.
import { z } from "zod";
import { PLANS, ROLES } from "../enums";
import { hospitalCodeSchema, hospitalDetailsSchema, newHospitalSchema } from "../hospitals/schemas";
import { isoDate, text, uuid, withCode } from "../zod";
import { newAccountSchema } from "../users/schemas";

/** the states a super admin may set; PROVISIONING belongs to the provisioning code alone */
export const SETTABLE_STATUSES = ["ACTIVE", "EXPIRED", "SUSPENDED"] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export const byCodeSchema = z.object({ code: hospitalCodeSchema });
export const byUserSchema = z.object({ id: uuid });

const page = z.number().int().min(1).max(100_000).default(1);
const pageSize = z.number().int().min(1).max(100).default(25);
const search = text(100).optional();

export const hospitalListSchema = z
  .object({ search, plan: z.enum(PLANS).optional(), status: z.enum(["PROVISIONING", ...SETTABLE_STATUSES]).optional() })
  .default({});
export type HospitalListFilter = z.output<typeof hospitalListSchema>;

export const updateHospitalSchema = hospitalDetailsSchema.extend({ code: hospitalCodeSchema });
export const setPlanSchema = z.object({ code: hospitalCodeSchema, plan: z.enum(PLANS) });
export const setStatusSchema = z.object({ code: hospitalCodeSchema, status: z.enum(SETTABLE_STATUSES) });

export const setSubscriptionSchema = z
  .object({ code: hospitalCodeSchema, startsOn: isoDate, endsOn: isoDate.nullable() })
  .refine((s) => s.endsOn === null || s.endsOn >= s.startsOn, {
    path: ["endsOn"],
    ...withCode("DATE_RANGE_REVERSED"),
  });
export type SubscriptionInput = z.output<typeof setSubscriptionSchema>;

export const migrateSchema = z.object({ code: hospitalCodeSchema.optional() }).default({});

export const USER_STATUSES = ["all", "active", "inactive", "locked"] as const;
export const platformUserListSchema = z
  .object({
    hospitalCode: hospitalCodeSchema.optional(),
    role: z.enum(ROLES).optional(),
    status: z.enum(USER_STATUSES).default("all"),
    search,
    page,
    pageSize,
  })
  .default({ status: "all", page: 1, pageSize: 25 });
export type PlatformUserFilter = z.output<typeof platformUserListSchema>;

/** a super admin never chooses a hospital user's password: the new admin gets a one-time setup code instead */
const consoleAccountSchema = newAccountSchema.omit({ password: true });

/** a new hospital from the console: its first admin chooses their own password with the setup code it answers */
export const consoleNewHospitalSchema = newHospitalSchema.extend({ admin: consoleAccountSchema });
export type ConsoleNewHospitalInput = z.input<typeof consoleNewHospitalSchema>;

export const newHospitalAdminSchema = consoleAccountSchema.extend({ hospitalCode: hospitalCodeSchema });
export type NewHospitalAdminInput = z.input<typeof newHospitalAdminSchema>;

/** a password reset from the console answers a one-time code for the user, never a password chosen by the admin */
export const resetPasswordSchema = z.object({ id: uuid });

/** break-glass: a super admin asks for time-limited read access to one hospital's clinical data, with a reason */
export const breakGlassRequestSchema = z.object({
  code: hospitalCodeSchema,
  reason: text(500).pipe(z.string().min(10)),
});
export const breakGlassPatientsSchema = z.object({ code: hospitalCodeSchema, search: text(100).optional() });
export const breakGlassPatientSchema = z.object({ code: hospitalCodeSchema, id: uuid });
export const setActiveSchema = z.object({ id: uuid, active: z.boolean() });

// The data browser: read-only lists, offset-paged.
export const browseHospitalsSchema = z
  .object({
    search,
    plan: z.enum(PLANS).optional(),
    status: z.enum(["PROVISIONING", ...SETTABLE_STATUSES]).optional(),
    page,
    pageSize,
  })
  .default({ page: 1, pageSize: 25 });
export const browseUsersSchema = z
  .object({
    hospitalCode: hospitalCodeSchema.optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    search,
    page,
    pageSize,
  })
  .default({ page: 1, pageSize: 25 });
export const browseDepartmentsSchema = z
  .object({ hospitalCode: hospitalCodeSchema.optional(), active: z.boolean().optional(), search, page, pageSize })
  .default({ page: 1, pageSize: 25 });
export const browseAuditSchema = z
  .object({
    hospitalCode: hospitalCodeSchema.optional(),
    action: text(80).optional(),
    outcome: z.enum(["SUCCESS", "FAILURE"]).optional(),
    actor: text(100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** the audit list's own "viewed" entries, hidden by default so looking does not flood the list */
    includeOwnViews: z.boolean().default(false),
    page,
    pageSize,
  })
  .refine((f) => !f.from || !f.to || f.to >= f.from, {
    path: ["to"],
    ...withCode("DATE_RANGE_REVERSED"),
  })
  .default({ page: 1, pageSize: 25, includeOwnViews: false });
export type BrowseHospitalsFilter = z.output<typeof browseHospitalsSchema>;
export type BrowseUsersFilter = z.output<typeof browseUsersSchema>;
export type BrowseDepartmentsFilter = z.output<typeof browseDepartmentsSchema>;
export type BrowseAuditFilter = z.output<typeof browseAuditSchema>;
