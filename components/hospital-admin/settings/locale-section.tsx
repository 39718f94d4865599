"use client";
// Time zone, currency, language and date format. Saving Arabic turns the whole app right-to-left on refresh.
// Amounts are stored in minor units of the currency, so a new currency would change their value silently (50.00 USD
// as 5.000 OMR): choosing another currency asks for the consultation fee in it, shown with the same figure to start.
import { useEffect, useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import {
  minorUnitScale,
  NumberField,
  SelectField,
  useServerErrors,
  type Option,
  type OptionGroup,
} from "@/components/form";
import { Form } from "@/components/ui/form";
import { localeSettingsSchema } from "@/shared/hospitals/settings-input";
import { DATE_FORMATS } from "@/shared/hospitals/settings-schema";
import { SectionCard } from "./section-card";
import type { HospitalSettingsData } from "./types";
import { useSaveSettings } from "./use-save-settings";

/** the section's fields, and the fee confirmed in a newly chosen currency */
const schema = localeSettingsSchema.extend({ consultationFee: z.number().int().min(0).max(100_000_000).optional() });
type LocaleSettings = z.infer<typeof schema>;

/** 31 March 2026 in each format, so the choice is seen rather than decoded */
const SAMPLE: Record<(typeof DATE_FORMATS)[number], string> = {
  "DD/MM/YYYY": "31/03/2026",
  "MM/DD/YYYY": "03/31/2026",
  "YYYY-MM-DD": "2026-03-31",
};

export function LocaleSection({
  data,
  timeZones,
  currencies,
}: {
  data: HospitalSettingsData;
  timeZones: OptionGroup[];
  currencies: Option[];
}) {
  const t = useTranslations("hospitalAdmin.settings");
  const s = data.settings;
  // one object per saved state: a new object on every render would make the form reset itself (and drop an edit)
  const values = useMemo<LocaleSettings>(
    () => ({ timezone: s.timezone, currency: s.currency, locale: s.locale, dateFormat: s.dateFormat }),
    [s],
  );
  const form = useForm<LocaleSettings>({ resolver: zodResolver(schema), values });
  const errors = useServerErrors(form, { prefix: "settings.", toast: true });
  const save = useSaveSettings(errors.apply);
  const c = form.control;
  const currency = useWatch({ control: c, name: "currency" });
  const currencyChanges = currency !== s.currency;
  // the same figure in the new currency to start with (50.00 USD → 50.000 OMR): the admin confirms or corrects it
  useEffect(() => {
    if (!currencyChanges) return form.setValue("consultationFee", undefined);
    const figure = s.consultationFee / minorUnitScale(s.currency);
    form.setValue("consultationFee", Math.round(figure * minorUnitScale(currency)), { shouldDirty: true });
  }, [currency, currencyChanges, form, s.consultationFee, s.currency]);
  return (
    <Form {...form}>
      <SectionCard
        id="locale"
        title={t("localeTitle")}
        description={t("localeIntro")}
        onSubmit={form.handleSubmit(({ consultationFee, ...settings }) =>
          save.mutate({ settings: currencyChanges ? { ...settings, consultationFee } : settings }),
        )}
        pending={save.isPending}
        dirty={form.formState.isDirty}
      >
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            control={c}
            name="timezone"
            label={t("timezone")}
            description={t("timezoneHint")}
            groups={timeZones}
            dir="ltr"
          />
          <SelectField
            control={c}
            name="currency"
            label={t("currency")}
            description={t("currencyHint")}
            options={currencies}
          />
          {currencyChanges && (
            <NumberField
              control={c}
              name="consultationFee"
              label={t("confirmFee", { currency })}
              description={t("confirmFeeHint", { from: s.currency, to: currency })}
              scale={minorUnitScale(currency)}
            />
          )}
          <SelectField
            control={c}
            name="locale"
            label={t("language")}
            description={t("languageHint")}
            options={[
              { value: "en", label: "English" },
              { value: "ar", label: "العربية" },
            ]}
          />
          <SelectField
            control={c}
            name="dateFormat"
            label={t("dateFormat")}
            options={DATE_FORMATS.map((f) => ({ value: f, label: `${f} — ${SAMPLE[f]}` }))}
            dir="ltr"
          />
        </div>
      </SectionCard>
    </Form>
  );
}
