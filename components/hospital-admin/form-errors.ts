// Server errors onto form fields: a field the server names (AppError field, or a zod issue path) gets an inline
// message; anything else becomes a toast.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import { errorInfo } from "@/components/trpc/client";

/** `prefix` strips the server's path prefix ("settings." / "details.") to reach the form's own field names */
export function showServerError<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown> | UseFormReturn<T>,
  error: unknown,
  prefix = "",
): void {
  const info = errorInfo(error);
  const known = new Set(Object.keys(form.getValues()));
  const toField = (path: string | undefined) => {
    if (!path) return null;
    const local = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    return known.has(local.split(".")[0]!) ? (local as Path<T>) : null;
  };
  let placed = false;
  const field = toField(info.field);
  if (field) {
    form.setError(field, { type: "server", message: info.message.replace(/^[\w.]+: /, "") }, { shouldFocus: true });
    placed = true;
  }
  for (const issue of info.issues ?? []) {
    const f = toField(issue.path);
    if (f) {
      form.setError(f, { type: "server", message: issue.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  if (!placed) toast.error(info.message);
}
