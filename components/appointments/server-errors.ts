"use client";
// A server answer shown where it belongs: an error naming a field of the API (an AppError's field, or a zod issue
// path) goes under the form field it maps to; what is left is returned for the form's own alert.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { errorInfo } from "@/components/trpc/client";

export function placeServerError<T extends FieldValues, U>(
  form: UseFormReturn<T, unknown, U>,
  err: unknown,
  apiToForm: Record<string, string>,
): string | null {
  const info = errorInfo(err);
  const target = (path: string | undefined) => (path && apiToForm[path] ? (apiToForm[path] as Path<T>) : null);
  let focused = false;
  const place = (field: Path<T>, message: string) => {
    form.setError(field, { type: "server", message }, { shouldFocus: !focused });
    focused = true;
  };
  if (info.issues?.length) {
    const left = info.issues.filter((i) => {
      const field = target(i.path);
      if (field) place(field, i.message);
      return !field;
    });
    return left.length ? left.map((i) => i.message).join("; ") : null;
  }
  const field = target(info.field);
  if (field) {
    place(field, info.message);
    return null;
  }
  return info.message;
}
