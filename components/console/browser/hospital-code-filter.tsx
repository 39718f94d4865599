"use client";
// A hospital code typed into a filter: sent to the server only once it is a well-formed code.
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";

export const validCode = (raw: string) =>
  /^[A-Za-z0-9]{3,16}$/.test(raw.trim()) ? raw.trim().toUpperCase() : undefined;

export function HospitalCodeFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const t = useTranslations("superadmin.browser");
  const invalid = value.trim() !== "" && !validCode(value);
  return (
    <Input
      aria-label={t("hospitalCode")}
      placeholder={t("hospitalCode")}
      value={value}
      dir="ltr"
      maxLength={16}
      aria-invalid={invalid || undefined}
      title={invalid ? t("codeFormat") : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
