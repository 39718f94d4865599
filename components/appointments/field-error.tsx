"use client";
// The inline error under a form field, tied to its input (aria-describedby) by the form item's ids. The text may be
// given, e.g. a translated message for a check of a shared (English) schema.
import type { ReactNode } from "react";
import { useFormField } from "@/components/ui/form";

export function FieldErrorText({ children }: { children?: ReactNode }) {
  const { error, formMessageId } = useFormField();
  if (!error) return null;
  return (
    <p id={formMessageId} role="alert" className="text-sm text-destructive">
      {children ?? error.message}
    </p>
  );
}
