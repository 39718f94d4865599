"use client";
// A hospital's name and contact details, inside a <Form> editing them: the hospital's own settings page, and the
// console's create and edit dialogs.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { z } from "zod";
import { TextField } from "@/components/form";
import type { hospitalDetailsSchema } from "@/shared/hospitals/schemas";

type Details = z.input<typeof hospitalDetailsSchema>;

export function HospitalDetailsFields({
  afterName,
  autofill = false,
  wide = "sm:col-span-2",
}: {
  /** fields placed right after the name (the code and plan of a new hospital) */
  afterName?: ReactNode;
  /** the browser may offer its saved organisation details (the hospital's own page) */
  autofill?: boolean;
  /** the classes of the fields spanning the whole row */
  wide?: string;
}) {
  const t = useTranslations("hospitalAdmin.settings");
  const auto = (hint: string) => (autofill ? hint : undefined);
  return (
    <>
      <TextField<Details> name="name" label={t("name")} className={wide} autoComplete={auto("organization")} />
      {afterName}
      <TextField<Details> name="email" label={t("email")} type="email" dir="ltr" autoComplete={auto("email")} />
      <TextField<Details> name="phone" label={t("phone")} type="tel" dir="ltr" autoComplete={auto("tel")} />
      <TextField<Details> name="address" label={t("address")} className={wide} autoComplete={auto("street-address")} />
      <TextField<Details> name="city" label={t("city")} autoComplete={auto("address-level2")} />
      <TextField<Details> name="state" label={t("state")} autoComplete={auto("address-level1")} />
      <TextField<Details> name="country" label={t("country")} autoComplete={auto("country-name")} />
    </>
  );
}
