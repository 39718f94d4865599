"use client";
// The error of a whole form inside <Form>: a check of the schema that names no field (zod's path ""), or a message
// given (what the server said that no field could show).
import { useFormState } from "react-hook-form";

export function FormError({ message }: { message?: string | null }) {
  const { errors } = useFormState();
  const own = errors as Record<string, { message?: unknown } | undefined>;
  const text = message || own.root?.message || own[""]?.message;
  if (!text) return null;
  return (
    <p role="alert" className="text-sm text-destructive">
      {String(text)}
    </p>
  );
}
