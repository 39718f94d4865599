"use client";
// Errors in the user's language: every message is `t("errors.<code>", params)` of the catalogue (shared/errors.ts,
// shared/i18n/catalog/errors.ts), with the general text of the tRPC code when a code has no text of its own.
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { FieldValues } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { fieldErrorOf, type ErrorParams, type ZodIssueLike } from "@/shared/errors";
import {
  answerText,
  applyServerError,
  errorKeys,
  readErrorAnswer,
  type ErrorMessage,
  type FormLike,
  type ServerErrorOptions,
} from "./error-answer";

/** next-intl's translator with keys built at run time (error codes) */
type LooseTranslator = {
  (key: string, values?: ErrorParams): string;
  has(key: string): boolean;
};

function messageOf(t: LooseTranslator): ErrorMessage {
  return (code, params, trpcCode) => {
    for (const key of errorKeys(code, trpcCode)) {
      const path = `errors.${key}`;
      if (!t.has(path)) continue;
      // a message whose values did not come (next-intl answers with the key): the next, more general one
      const text = t(path, params);
      if (text !== path) return text;
    }
    return t("common.somethingWrong");
  };
}

/** `(code, params?, trpcCode?) => text` of the catalogue, in the user's language */
export function useErrorMessage(): ErrorMessage {
  const t = useTranslations() as unknown as LooseTranslator;
  return useMemo(() => messageOf(t), [t]);
}

/** `(error) => text` for a toast or an alert: what the error answer says, in the user's language */
export function useErrorText(): (err: unknown) => string {
  const message = useErrorMessage();
  return useCallback((err: unknown) => answerText(readErrorAnswer(err), message), [message]);
}

/** `(error) => void` that shows the error's text in a toast: the onError of a mutation without a form */
export function useErrorToast(): (err: unknown) => void {
  const text = useErrorText();
  return useCallback((err: unknown) => void toast.error(text(err)), [text]);
}

export type ServerErrors = {
  /** what no field could show, for the form's alert (null: nothing to show) */
  formError: string | null;
  /** the onError of the form's mutation */
  apply: (err: unknown) => void;
  /** forgets the form-level error (on a new submit) */
  clear: () => void;
};

/**
 * The one way a form shows a server error: field errors under their fields (see applyServerError), the rest in the
 * form's alert (`formError`), or in a toast with `{ toast: true }` (forms without an alert, e.g. settings cards).
 */
export function useServerErrors<T extends FieldValues>(
  form: FormLike<T>,
  options: ServerErrorOptions<T> & { toast?: boolean } = {},
): ServerErrors {
  const message = useErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const { toast: asToast, fields, pathMap, prefix, codeFields } = options;
  const apply = useCallback(
    (err: unknown) => {
      const rest = applyServerError(form, err, { fields, pathMap, prefix, codeFields }, message);
      if (rest && asToast) toast.error(rest);
      else setFormError(rest);
    },
    [form, message, asToast, fields, pathMap, prefix, codeFields],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, apply, clear };
}

/**
 * zod's own messages (client-side validation) in the user's language: every check is told by its catalogue code
 * (fieldErrorOf), as the server tells it. Set once for the browser and again when the language changes; schemas that
 * carry a message of their own keep it.
 */
export function useZodMessages() {
  const t = useTranslations() as unknown as LooseTranslator;
  const locale = useLocale();
  useEffect(() => {
    z.config({
      customError: (issue) => {
        const { code, params } = fieldErrorOf(issue as unknown as ZodIssueLike);
        const key = `errors.${code}`;
        const text = t.has(key) ? t(key, params) : key;
        return text === key ? undefined : text;
      },
    });
  }, [t, locale]);
}
