// One error type for domain code: a code from the catalogue (shared/errors.ts), optionally the field it concerns and
// the parameters of its message. server/trpc.ts turns it into the error answer ({ appCode, fieldErrors }); the
// message is the English text of the code, for logs, scripts and API clients that show no UI.
import { createTranslator } from "next-intl";
import { z } from "zod";
import {
  ERROR_CODES,
  fieldErrorOf,
  type ErrorCode,
  type ErrorParams,
  type FieldError,
  type FieldErrorCode,
  type TrpcCode,
  type ZodIssueLike,
} from "@/shared/errors";
import { en } from "@/shared/i18n/messages";

export type { ErrorCode } from "@/shared/errors";
/** @deprecated name kept for imports; the catalogue's codes */
export type AppErrorCode = ErrorCode;

export type AppErrorOptions = {
  /** the input field the error concerns (a dotted path of the procedure's input, e.g. "startsAt") */
  field?: string;
  /** for VALIDATION with a field: the field's own code (REQUIRED, TOO_LONG …, or a catalogue code) */
  fieldCode?: FieldErrorCode;
  /** values for the message: { max: 80 }, { number: "A-0001" } */
  params?: ErrorParams;
  /** several fields at once (VALIDATION) */
  fieldErrors?: FieldError[];
  /** not shown to anybody; kept for logs */
  cause?: unknown;
};

const english = createTranslator({
  locale: "en",
  messages: en,
  // a code without text (or with missing parameters) reads as the code itself; the unit tests keep the catalogue whole
  onError: () => undefined,
  getMessageFallback: ({ key }) => key.replace(/^errors\./, ""),
});

/** the English text of a code (or of a field code), with its parameters */
export function englishText(code: FieldErrorCode, params?: ErrorParams): string {
  const t = english as unknown as (key: string, values?: ErrorParams) => string;
  try {
    return t(`errors.${code}`, params);
  } catch {
    return code;
  }
}

// zod's messages on the server: the English text of the issue's catalogue code (the browser sets its own map, in the
// user's language). The code is also left on the issue (params.code), because the final issue that reaches the error
// answer no longer has the input that tells REQUIRED from INVALID.
z.config({
  customError: (issue) => {
    const { code, params } = fieldErrorOf(issue as unknown as ZodIssueLike);
    const raw = issue as { params?: Record<string, unknown> };
    raw.params = { ...raw.params, ...params, code };
    return englishText(code, params);
  },
});

export class AppError extends Error {
  readonly field?: string;
  readonly params?: ErrorParams;
  readonly fieldErrors?: FieldError[];

  readonly code: ErrorCode;

  constructor(code: ErrorCode, opts: AppErrorOptions = {}) {
    const fieldErrors =
      opts.fieldErrors ??
      (opts.field && (code === "VALIDATION" || opts.fieldCode)
        ? [{ path: opts.field, code: opts.fieldCode ?? code, ...(opts.params ? { params: opts.params } : {}) }]
        : undefined);
    const first = fieldErrors?.[0];
    const text =
      code === "VALIDATION" && first
        ? fieldErrors.map((f) => (f.path ? `${f.path}: ` : "") + englishText(f.code, f.params)).join("; ")
        : englishText(code, opts.params);
    super(text, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.field = opts.field ?? first?.path;
    this.params = opts.params;
    this.fieldErrors = fieldErrors;
  }

  get trpcCode(): TrpcCode {
    return ERROR_CODES[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND");

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
