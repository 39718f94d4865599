"use client";
// Server answers shown where they belong: a zod issue or an AppError naming a field goes under that field; anything
// else is returned for the form's own alert.
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { errorInfo } from "@/components/trpc/client";

/** puts the server's error under the fields it names; returns what is left for the form-level alert (or null) */
export function applyServerError<T extends FieldValues>(
  form: UseFormReturn<T>,
  err: unknown,
  fields: readonly FieldPath<T>[],
  conflictField?: FieldPath<T>,
): string | null {
  const info = errorInfo(err);
  const known = (path: string | undefined): path is FieldPath<T> =>
    !!path && (fields as readonly string[]).includes(path);
  if (info.issues?.length) {
    const rest = info.issues.filter((i) => {
      if (!known(i.path)) return true;
      form.setError(i.path, { type: "server", message: i.message }, { shouldFocus: true });
      return false;
    });
    return rest.length ? rest.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ") : null;
  }
  if (known(info.field)) {
    form.setError(info.field, { type: "server", message: info.message }, { shouldFocus: true });
    return null;
  }
  // domain errors name their field as a "path: reason" prefix (e.g. "admin.password: too common")
  const prefixed = /^([A-Za-z][\w.]*): (.+)$/s.exec(info.message);
  if (prefixed && known(prefixed[1])) {
    form.setError(prefixed[1], { type: "server", message: prefixed[2] }, { shouldFocus: true });
    return null;
  }
  if (conflictField && (err as { data?: { code?: string } }).data?.code === "CONFLICT") {
    form.setError(conflictField, { type: "server", message: info.message }, { shouldFocus: true });
    return null;
  }
  return info.message;
}
