"use client";
// Business rules: appointment length, booking horizon, cancellation window, consultation fee, tax, MRN prefix, hours.
import { useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { minorUnitScale, NumberField, TextField, useServerErrors } from "@/components/form";
import { Form } from "@/components/ui/form";
import { businessRulesSchema } from "@/shared/hospitals/settings-input";
import { SectionCard } from "./section-card";
import type { HospitalSettingsData } from "./types";
import { useSaveSettings } from "./use-save-settings";

type Rules = z.infer<typeof businessRulesSchema>;
const KEYS = [
  "appointmentMinutes",
  "bookingHorizonDays",
  "cancellationWindowHours",
  "consultationFee",
  "taxRatePercent",
  "mrnPrefix",
  "workdayStart",
  "workdayEnd",
] as const;

const WHOLE_NUMBERS = [
  { name: "appointmentMinutes", hint: "minutesRange", min: 5, max: 240 },
  { name: "bookingHorizonDays", hint: "daysRange", min: 1, max: 730 },
  { name: "cancellationWindowHours", hint: "hoursRange", min: 0, max: 168 },
] as const;

export function RulesSection({ data }: { data: HospitalSettingsData }) {
  const t = useTranslations("hospitalAdmin.settings");
  // one object per saved state: a new object on every render would make the form reset itself (and drop an edit)
  const values = useMemo(() => Object.fromEntries(KEYS.map((k) => [k, data.settings[k]])) as Rules, [data.settings]);
  const form = useForm<Rules>({ resolver: zodResolver(businessRulesSchema), values });
  const errors = useServerErrors(form, { prefix: "settings.", toast: true });
  const save = useSaveSettings(errors.apply);
  const c = form.control;
  const currency = data.settings.currency;
  return (
    <Form {...form}>
      <SectionCard
        id="rules"
        title={t("rulesTitle")}
        description={t("rulesIntro")}
        onSubmit={form.handleSubmit((settings) => save.mutate({ settings }))}
        pending={save.isPending}
        dirty={form.formState.isDirty}
      >
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {WHOLE_NUMBERS.map(({ name, hint, min, max }) => (
            <NumberField
              key={name}
              control={c}
              name={name}
              integer
              label={t(name)}
              description={t(hint, { min, max })}
            />
          ))}
          <NumberField
            control={c}
            name="consultationFee"
            label={t("consultationFee", { currency })}
            description={t("consultationFeeHint")}
            scale={minorUnitScale(currency)}
          />
          <NumberField control={c} name="taxRatePercent" label={t("taxRatePercent")} description={t("percentRange")} />
          <TextField
            control={c}
            name="mrnPrefix"
            label={t("mrnPrefix")}
            description={t("mrnPrefixHint")}
            dir="ltr"
            autoCapitalize="characters"
            maxLength={8}
            transform={(v) => v.toUpperCase()}
          />
          <TextField control={c} name="workdayStart" type="time" label={t("workdayStart")} dir="ltr" />
          <TextField control={c} name="workdayEnd" type="time" label={t("workdayEnd")} dir="ltr" />
        </div>
      </SectionCard>
    </Form>
  );
}
