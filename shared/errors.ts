// The one catalogue of error codes. Domain code throws `new AppError(code, { field?, params? })` (server/errors.ts);
// every error answer carries `data.appCode` and, for invalid input, `data.fieldErrors: [{ path, code, params? }]`;
// the app shows `t("errors.<code>", params)` in the user's language (shared/i18n/catalog/errors.ts has English and
// Arabic for every code, checked by a unit test). Pure data: safe in client components.

/** tRPC's code for each error code: what an API client sees as the HTTP status */
export const ERROR_CODES = {
  // general
  VALIDATION: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  /** the record changed since it was read: reload and try again */
  STALE: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
  /** an API request with more calls in one batch than allowed (params: max) */
  BATCH_TOO_LARGE: "BAD_REQUEST",
  /** an API request body over the size limit (params: maxKb) */
  REQUEST_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  // plan, subscription, modules, account state
  LIMIT_REACHED: "FORBIDDEN",
  READ_ONLY: "FORBIDDEN",
  /** the hospital is suspended: only its ADMINs sign in, and reach only the account area */
  HOSPITAL_SUSPENDED: "FORBIDDEN",
  MODULE_DISABLED: "FORBIDDEN",
  PLAN_FEATURE: "FORBIDDEN",
  PASSWORD_CHANGE_REQUIRED: "FORBIDDEN",
  MFA_ENROLMENT_REQUIRED: "FORBIDDEN",
  // reserved by the module contract (ARCHITECTURE.md)
  SAME_PERSON: "FORBIDDEN",
  ALLERGY_CONFLICT: "CONFLICT",
  STOCK_INSUFFICIENT: "CONFLICT",
  RESTRICTED_RECORD: "FORBIDDEN",
  // hospitals, provisioning, backups
  INVALID_HOSPITAL_CODE: "BAD_REQUEST",
  HOSPITAL_NOT_FOUND: "NOT_FOUND",
  HOSPITAL_EXISTS: "CONFLICT",
  HOSPITAL_CREATE_RACE: "CONFLICT",
  HOSPITAL_BEING_CREATED: "CONFLICT",
  PROVISIONING_LEASE_LOST: "CONFLICT",
  DATABASE_OF_OTHER_HOSPITAL: "CONFLICT",
  HOSPITAL_NOT_READY: "SERVICE_UNAVAILABLE",
  HOSPITAL_DATABASE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  HOSPITAL_DATABASE_MISMATCH: "SERVICE_UNAVAILABLE",
  HOSPITAL_SETUP_INCOMPLETE: "PRECONDITION_FAILED",
  HOSPITAL_SETUP_STOPPED: "SERVICE_UNAVAILABLE",
  HOSPITAL_CREATE_FAILED: "SERVICE_UNAVAILABLE",
  BACKUP_FILE_EXISTS: "CONFLICT",
  BACKUP_NOT_FOUND: "NOT_FOUND",
  BACKUP_OF_OTHER_HOSPITAL: "CONFLICT",
  /** the hospital is closed for maintenance (restore, move): nothing is read or written until it reopens */
  MAINTENANCE: "SERVICE_UNAVAILABLE",
  /** every open hospital database is in use and none freed up in time: try again shortly */
  HOSPITALS_BUSY: "SERVICE_UNAVAILABLE",
  MAINTENANCE_IN_PROGRESS: "CONFLICT",
  MAINTENANCE_NOT_ACKNOWLEDGED: "SERVICE_UNAVAILABLE",
  // accounts, staff, registration, sign-in
  USERNAME_TAKEN: "CONFLICT",
  SUPERADMIN_HOSPITAL_MISMATCH: "BAD_REQUEST",
  USER_NOT_FOUND: "NOT_FOUND",
  STAFF_NOT_FOUND: "NOT_FOUND",
  DOCTOR_NOT_FOUND: "NOT_FOUND",
  SESSION_NOT_FOUND: "NOT_FOUND",
  CANNOT_DEMOTE_SELF: "BAD_REQUEST",
  CANNOT_DEACTIVATE_SELF: "BAD_REQUEST",
  NOT_PENDING_APPROVAL: "CONFLICT",
  SUPERADMIN_NOT_IN_CONSOLE: "FORBIDDEN",
  REGISTRATION_THROTTLED: "TOO_MANY_REQUESTS",
  /** too many wrong current passwords or MFA codes in a session: wait, then try again */
  ATTEMPTS_THROTTLED: "TOO_MANY_REQUESTS",
  REGISTER_ON_HOSPITAL_ADDRESS: "FORBIDDEN",
  REGISTRATION_PAUSED: "FORBIDDEN",
  REGISTRATION_CLOSED: "FORBIDDEN",
  MFA_ALREADY_ON: "CONFLICT",
  /** a one-time account code that is wrong, already used, expired or not for this user */
  ACCOUNT_CODE_INVALID: "BAD_REQUEST",
  /** a super admin reading a hospital's clinical data without an active break-glass grant for it */
  BREAK_GLASS_REQUIRED: "FORBIDDEN",
  MFA_ENROLMENT_NOT_STARTED: "PRECONDITION_FAILED",
  MFA_NOT_ON: "PRECONDITION_FAILED",
  // settings, departments
  DEPARTMENT_NOT_FOUND: "NOT_FOUND",
  DEPARTMENT_CODE_TAKEN: "CONFLICT",
  // patients, appointments, encounters
  PATIENT_NOT_FOUND: "NOT_FOUND",
  APPOINTMENT_NOT_FOUND: "NOT_FOUND",
  DOCTOR_BUSY: "CONFLICT",
  APPOINTMENT_NOT_RESCHEDULABLE: "CONFLICT",
  STATUS_MOVE_NOT_ALLOWED: "CONFLICT",
  PATIENT_NOT_CHECKED_IN: "CONFLICT",
  ENCOUNTER_NOT_FOUND: "NOT_FOUND",
  ENCOUNTER_EXISTS: "CONFLICT",
  ENCOUNTER_SIGNED: "CONFLICT",
  ENCOUNTER_OPEN: "CONFLICT",
  NOT_ENCOUNTER_DOCTOR: "FORBIDDEN",
  /** the note was saved by someone else since this edit began; params carry who and the note as it is now */
  NOTE_CHANGED: "CONFLICT",
  NOTE_OTHER_DOCTOR: "FORBIDDEN",
  DIAGNOSIS_NOT_FOUND: "NOT_FOUND",
  PRESCRIPTION_NOT_FOUND: "NOT_FOUND",
} as const satisfies Record<string, TrpcCode>;

/**
 * Codes of one invalid field (`fieldErrors[].code`): zod's checks map onto them (fieldErrorOf), and refinements name
 * theirs with `{ params: { code } }` (shared/zod.ts). Domain checks on one field throw
 * `new AppError("VALIDATION", { field, fieldCode, params })`.
 */
export const FIELD_ERROR_CODES = [
  "REQUIRED",
  "TOO_SHORT",
  "TOO_LONG",
  /** a list with fewer / more entries than allowed */
  "TOO_FEW",
  "TOO_MANY",
  "TOO_SMALL",
  "TOO_BIG",
  "NOT_INTEGER",
  "INVALID_OPTION",
  "INVALID_DATE",
  "INVALID_TIME",
  "INVALID_EMAIL",
  "INVALID_PHONE",
  "INVALID_ID",
  "INVALID_FORMAT",
  "INVALID_CHARACTER",
  "INVALID",
  // formats of particular fields (refinements of shared/**/schemas.ts)
  "INVALID_DATETIME",
  "INVALID_TIMEZONE",
  "INVALID_CURRENCY",
  "INVALID_USERNAME",
  "INVALID_MRN_PREFIX",
  "INVALID_DEPARTMENT_CODE",
  "INVALID_ICD_CODE",
  "HOSPITAL_CODE_FORMAT",
  "HOSPITAL_CODE_RESERVED",
  "MFA_CODE_FORMAT",
  "ACCOUNT_CODE_FORMAT",
  /** the currency changes: each amount must be confirmed in the new currency (params.currency) */
  "AMOUNT_CONFIRM_NEEDED",
  "DATE_RANGE_REVERSED",
  "DATE_RANGE_TOO_LONG",
  "BIRTH_DATE_IN_FUTURE",
  "BIRTH_DATE_TOO_OLD",
  "WORKDAY_END_BEFORE_START",
  "NOTHING_TO_CHANGE",
  "VITAL_OUT_OF_RANGE",
  "BLOOD_PRESSURE_INCOMPLETE",
  "DIASTOLIC_NOT_LOWER",
  "VITALS_EMPTY",
  "CANCELLATION_REASON_REQUIRED",
  // domain checks of one field (thrown as VALIDATION with this field code)
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_TOO_FEW_CHARACTERS",
  "PASSWORD_PERSONAL",
  "PASSWORD_TOO_COMMON",
  "PASSWORD_TOO_GUESSABLE",
  "PASSWORD_UNCHANGED",
  "WRONG_PASSWORD",
  "MFA_CODE_INVALID",
  "APPOINTMENT_IN_PAST",
  "BEYOND_BOOKING_HORIZON",
  "OUTSIDE_WORKING_HOURS",
  "USE_RESCHEDULE",
  "STATUS_BACK_TO_SCHEDULED",
  "DOCTOR_REQUIRED",
  "UNKNOWN_ICD_CODE",
  "UNKNOWN_DEPARTMENT",
  "HEAD_NOT_STAFF",
  "LOGO_EMPTY",
  "LOGO_TOO_LARGE",
  "LOGO_UNSUPPORTED_TYPE",
  "LOGO_DAMAGED",
  "LOGO_TOO_MANY_PIXELS",
] as const;

export type TrpcCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "PAYLOAD_TOO_LARGE"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

export type ErrorCode = keyof typeof ERROR_CODES;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number] | ErrorCode;
export type ErrorParams = Record<string, string | number>;
export type FieldError = { path: string; code: FieldErrorCode; params?: ErrorParams };

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

const FIELD_CODES = new Set<string>([...FIELD_ERROR_CODES, ...Object.keys(ERROR_CODES)]);

/** the subset of a zod issue that decides its code (raw issues inside an error map, and final ones, both fit) */
export type ZodIssueLike = {
  code: string;
  path?: readonly PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  expected?: string;
  input?: unknown;
  params?: Record<string, unknown>;
  values?: readonly unknown[];
};

const num = (n: number | bigint | undefined) => (typeof n === "bigint" ? Number(n) : (n ?? 0));

/** one zod issue as a catalogue code with its parameters */
export function fieldErrorOf(issue: ZodIssueLike): Omit<FieldError, "path"> {
  const custom = issue.params?.code;
  if (typeof custom === "string" && FIELD_CODES.has(custom)) {
    const { code: _code, ...rest } = issue.params ?? {};
    const params = Object.fromEntries(
      Object.entries(rest).filter(([, v]) => typeof v === "string" || typeof v === "number"),
    ) as ErrorParams;
    return Object.keys(params).length ? { code: custom as FieldErrorCode, params } : { code: custom as FieldErrorCode };
  }
  switch (issue.code) {
    case "too_small": {
      const min = num(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? { code: "REQUIRED" } : { code: "TOO_SHORT", params: { min } };
      if (issue.origin === "array" || issue.origin === "set")
        return min <= 1 ? { code: "REQUIRED" } : { code: "TOO_FEW", params: { min } };
      return { code: "TOO_SMALL", params: { min } };
    }
    case "too_big": {
      const max = num(issue.maximum);
      if (issue.origin === "string") return { code: "TOO_LONG", params: { max } };
      if (issue.origin === "array" || issue.origin === "set") return { code: "TOO_MANY", params: { max } };
      return { code: "TOO_BIG", params: { max } };
    }
    case "invalid_type":
      // raw issues (inside an error map) carry the input; final ones do not, and then nothing is known of it
      if ("input" in issue && (issue.input === undefined || issue.input === null || issue.input === ""))
        return { code: "REQUIRED" };
      if (issue.expected === "int") return { code: "NOT_INTEGER" };
      if (issue.expected === "date") return { code: "INVALID_DATE" };
      return { code: "INVALID" };
    case "invalid_value":
    case "invalid_union":
    case "invalid_key":
      return { code: "INVALID_OPTION" };
    case "invalid_format":
      if (issue.format === "email") return { code: "INVALID_EMAIL" };
      if (issue.format === "uuid" || issue.format === "guid") return { code: "INVALID_ID" };
      if (issue.format === "date" || issue.format === "datetime") return { code: "INVALID_DATE" };
      if (issue.format === "time") return { code: "INVALID_TIME" };
      return { code: "INVALID_FORMAT" };
    case "not_multiple_of":
      return { code: "NOT_INTEGER" };
    default:
      return { code: "INVALID" };
  }
}

/** zod issues as the `fieldErrors` of an error answer */
export function fieldErrorsOf(issues: readonly ZodIssueLike[]): FieldError[] {
  return issues.map((i) => ({ path: (i.path ?? []).map(String).join("."), ...fieldErrorOf(i) }));
}
