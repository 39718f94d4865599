// What an error answer of the API says, read without React: the catalogue code (shared/errors.ts), the field it
// concerns, its message values and, for invalid input, one code per field. Pure: unit-tested, and shared by the
// toast text (useErrorText) and the form mapper (applyServerError).
import type { FieldValues, Path, UseFormGetValues, UseFormSetError } from "react-hook-form";
import { ERROR_CODES, FIELD_ERROR_CODES, isErrorCode, type ErrorParams, type FieldError } from "@/shared/errors";

export type ErrorAnswer = {
  /** the catalogue code (data.appCode), when the answer carries one */
  appCode?: string;
  /** tRPC's code (data.code): the fallback when the catalogue has no text for appCode */
  trpcCode?: string;
  /** the input path the error concerns (data.field) */
  field?: string;
  params?: ErrorParams;
  fieldErrors: FieldError[];
  /** no answer at all (the network, or the server did not reply) */
  unreachable?: boolean;
};

type Data = {
  code?: unknown;
  appCode?: unknown;
  field?: unknown;
  params?: unknown;
  fieldErrors?: unknown;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function cleanParams(v: unknown): ErrorParams | undefined {
  if (!isRecord(v)) return undefined;
  const entries = Object.entries(v).filter(([, x]) => typeof x === "string" || typeof x === "number");
  return entries.length ? (Object.fromEntries(entries) as ErrorParams) : undefined;
}

/** the error answer of a tRPC error (or of anything thrown: then only "something went wrong") */
export function readErrorAnswer(err: unknown): ErrorAnswer {
  const data: Data | undefined = isRecord(err) && isRecord(err.data) ? (err.data as Data) : undefined;
  if (!data) {
    const name = isRecord(err) ? err.name : undefined;
    return { fieldErrors: [], unreachable: name === "TRPCClientError" };
  }
  const fieldErrors = Array.isArray(data.fieldErrors)
    ? data.fieldErrors
        .filter((f): f is Record<string, unknown> => isRecord(f) && typeof f.code === "string")
        .map((f) => {
          const params = cleanParams(f.params);
          return {
            path: typeof f.path === "string" ? f.path : "",
            code: f.code as FieldError["code"],
            ...(params ? { params } : {}),
          };
        })
    : [];
  return {
    appCode: typeof data.appCode === "string" ? data.appCode : undefined,
    trpcCode: typeof data.code === "string" ? data.code : undefined,
    field: typeof data.field === "string" && data.field ? data.field : undefined,
    params: cleanParams(data.params),
    fieldErrors,
  };
}

/** the catalogue's general code for a tRPC code: its text stands in when a code has none */
const GENERIC: Record<string, string> = {
  BAD_REQUEST: "VALIDATION",
  PARSE_ERROR: "VALIDATION",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  METHOD_NOT_SUPPORTED: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL",
};
const FIELD_CODES = new Set<string>(FIELD_ERROR_CODES);

/** the keys under `errors.` to try for a code, most specific first */
export function errorKeys(code: string | undefined, trpcCode?: string): string[] {
  const keys: string[] = [];
  if (code) keys.push(code);
  if (code && FIELD_CODES.has(code)) keys.push("INVALID", "VALIDATION");
  const trpc = trpcCode ?? (isErrorCode(code) ? ERROR_CODES[code] : undefined);
  if (trpc) keys.push(GENERIC[trpc] ?? "INTERNAL");
  keys.push("INTERNAL");
  return [...new Set(keys)];
}

/** a message in the user's language for a catalogue code and its values */
export type ErrorMessage = (code: string | undefined, params?: ErrorParams, trpcCode?: string) => string;

/** the one text of a whole error answer: the code's message, or those of its fields */
export function answerText(answer: ErrorAnswer, message: ErrorMessage): string {
  if (answer.unreachable) return message("UNAVAILABLE", undefined, "SERVICE_UNAVAILABLE");
  if (answer.fieldErrors.length)
    return [...new Set(answer.fieldErrors.map((f) => message(f.code, f.params, answer.trpcCode)))].join(" ");
  return message(answer.appCode, answer.params, answer.trpcCode);
}

export type ServerErrorOptions<T extends FieldValues> = {
  /** the form fields that can show an error; others go to the form-level message. Default: the form's top-level values */
  fields?: readonly Path<T>[];
  /** API input paths that are named differently on the form ({ startsAt: "time" }) */
  pathMap?: Readonly<Record<string, string>>;
  /** stripped from API paths first ("settings." when the form edits `input.settings`) */
  prefix?: string;
  /** errors without a field that still belong under one (a CONFLICT under the code that clashed) */
  codeFields?: Readonly<Partial<Record<string, Path<T>>>>;
};

export type FormLike<T extends FieldValues> = { setError: UseFormSetError<T>; getValues: UseFormGetValues<T> };

/**
 * Puts an error answer where it belongs: each field error (fieldErrors, or the answer's own field) under the form
 * field it maps to, the first one focused; returns the text of what no field could show (null when all was placed).
 */
export function applyServerError<T extends FieldValues>(
  form: FormLike<T>,
  err: unknown,
  options: ServerErrorOptions<T>,
  message: ErrorMessage,
): string | null {
  const answer = readErrorAnswer(err);
  const values = (form.getValues() ?? {}) as Record<string, unknown>;
  const target = (apiPath: string | undefined): Path<T> | null => {
    if (!apiPath) return null;
    let path = options.pathMap?.[apiPath];
    if (!path) {
      path = options.prefix && apiPath.startsWith(options.prefix) ? apiPath.slice(options.prefix.length) : apiPath;
      path = options.pathMap?.[path] ?? path;
    }
    const known = options.fields
      ? (options.fields as readonly string[]).includes(path)
      : Object.hasOwn(values, path.split(".")[0]!);
    return known ? (path as Path<T>) : null;
  };
  let placed = 0;
  const place = (field: Path<T>, text: string) => {
    form.setError(field, { type: "server", message: text }, { shouldFocus: placed === 0 });
    placed++;
  };

  if (answer.fieldErrors.length) {
    const left: string[] = [];
    for (const f of answer.fieldErrors) {
      const text = message(f.code, f.params, answer.trpcCode);
      const field = target(f.path);
      if (field) place(field, text);
      else left.push(text);
    }
    return left.length ? [...new Set(left)].join(" ") : null;
  }
  const text = answerText(answer, message);
  const field = target(answer.field) ?? (answer.appCode ? (options.codeFields?.[answer.appCode] ?? null) : null);
  if (field) {
    place(field, text);
    return null;
  }
  return text;
}
