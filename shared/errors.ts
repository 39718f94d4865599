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
  // plan, subscription, modules, account state
  LIMIT_REACHED: "FORBIDDEN",
  READ_ONLY: "FORBIDDEN",
  MODULE_DISABLED: "FORBIDDEN",
  PLAN_FEATURE: "FORBIDDEN",
  PASSWORD_CHANGE_REQUIRED: "FORBIDDEN",
  MFA_ENROLMENT_REQUIRED: "FORBIDDEN",
  // reserved by the module contract (ARCHITECTURE.md)
  SAME_PERSON: "FORBIDDEN",
  ALLERGY_CONFLICT: "CONFLICT",
  STOCK_INSUFFICIENT: "CONFLICT",
  RESTRICTED_RECORD: "FORBIDDEN",
} as const satisfies Record<string, TrpcCode>;

/**
 * Codes of one invalid field (`fieldErrors[].code`): zod's checks map onto them (fieldErrorOf), and refinements name
 * theirs with `{ params: { code } }` (shared/zod.ts). Domain checks on one field throw
 * `new AppError("VALIDATION", { field, code, params })`.
 */
export const FIELD_ERROR_CODES = [
  "REQUIRED",
  "TOO_SHORT",
  "TOO_LONG",
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
] as const;

export type TrpcCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
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
        return min <= 1 ? { code: "REQUIRED" } : { code: "TOO_SHORT", params: { min } };
      return { code: "TOO_SMALL", params: { min } };
    }
    case "too_big": {
      const max = num(issue.maximum);
      if (issue.origin === "string" || issue.origin === "array" || issue.origin === "set")
        return { code: "TOO_LONG", params: { max } };
      return { code: "TOO_BIG", params: { max } };
    }
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return { code: "REQUIRED" };
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
