"use client";
// Business rules: appointment length, booking horizon, cancellation window, consultation fee, tax, MRN prefix, hours.
import { useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { businessRulesSchema } from "@/shared/hospitals/settings-input";
import { FieldMessage } from "../field-message";
import { showServerError } from "../form-errors";
import { NumericInput } from "../numeric-input";
import { TextField } from "../text-field";
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

/** how many minor units make one unit of the currency (100 for USD, 1 for JPY, 1000 for KWD) */
function minorUnitScale(currency: string): number {
  try {
    return (
      10 ** (new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2)
    );
  } catch {
    return 100;
  }
}

export function RulesSection({ data }: { data: HospitalSettingsData }) {
  const t = useTranslations("hospitalAdmin.settings");
  // one object per saved state: a new object on every render would make the form reset itself (and drop an edit)
  const values = useMemo(() => Object.fromEntries(KEYS.map((k) => [k, data.settings[k]])) as Rules, [data.settings]);
  const form = useForm<Rules>({ resolver: zodResolver(businessRulesSchema), values });
  const save = useSaveSettings((e) => showServerError(form, e, "settings."));
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
          <TextField
            control={c}
            name="appointmentMinutes"
            numeric
            label={t("appointmentMinutes")}
            description={t("minutesRange", { min: 5, max: 240 })}
          />
          <TextField
            control={c}
            name="bookingHorizonDays"
            numeric
            label={t("bookingHorizonDays")}
            description={t("daysRange", { min: 1, max: 730 })}
          />
          <TextField
            control={c}
            name="cancellationWindowHours"
            numeric
            label={t("cancellationWindowHours")}
            description={t("hoursRange", { min: 0, max: 168 })}
          />
          <FormField
            control={c}
            name="consultationFee"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t("consultationFee", { currency })}</FormLabel>
                <FormControl>
                  <NumericInput
                    name={field.name}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    value={field.value}
                    onChange={field.onChange}
                    scale={minorUnitScale(currency)}
                  />
                </FormControl>
                <FormDescription>{t("consultationFeeHint")}</FormDescription>
                <FieldMessage />
              </FormItem>
            )}
          />
          <TextField
            control={c}
            name="taxRatePercent"
            numeric
            label={t("taxRatePercent")}
            description={t("percentRange")}
          />
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
