"use client";
// The inline error under a form field. Messages the server wrote are shown as they are; the shared zod schemas speak
// English, so in Arabic their checks are told by kind.
import { useLocale, useTranslations } from "next-intl";
import { useFormField } from "@/components/ui/form";

const KINDS = {
  too_small: "tooSmall",
  too_big: "tooBig",
  invalid_format: "invalidFormat",
  invalid_type: "required",
  invalid_value: "choose",
} as const;

export function FieldMessage() {
  const { error, formMessageId } = useFormField();
  const t = useTranslations("hospitalAdmin.validation");
  const locale = useLocale();
  if (!error) return null;
  const kind = KINDS[error.type as keyof typeof KINDS];
  const text = locale === "en" || error.type === "server" ? error.message : t(kind ?? "invalid");
  return (
    <p id={formMessageId} role="alert" className="text-sm text-destructive">
      {text}
    </p>
  );
}
