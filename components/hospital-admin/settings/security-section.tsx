"use client";
// Two-step sign-in for all staff, the inactivity timeout, and whether new staff may ask for an account themselves.
import { useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { NumberField, SwitchField, useServerErrors } from "@/components/form";
import { Form } from "@/components/ui/form";
import { securitySettingsSchema } from "@/shared/hospitals/settings-input";
import { SectionCard } from "./section-card";
import type { HospitalSettingsData } from "./types";
import { useSaveSettings } from "./use-save-settings";

type Security = z.infer<typeof securitySettingsSchema>;

export function SecuritySection({
  data,
  adminHasMfa,
  registerUrl,
}: {
  data: HospitalSettingsData;
  adminHasMfa: boolean;
  registerUrl: string;
}) {
  const t = useTranslations("hospitalAdmin.settings");
  const s = data.settings;
  const form = useForm<Security>({
    resolver: zodResolver(securitySettingsSchema),
    values: useMemo(
      () => ({
        mfaRequired: s.mfaRequired,
        inactivityTimeoutMinutes: s.inactivityTimeoutMinutes,
        staffSelfRegistration: s.staffSelfRegistration,
      }),
      [s],
    ),
  });
  const errors = useServerErrors(form, { prefix: "settings.", toast: true });
  const save = useSaveSettings(errors.apply);
  const mfaRequired = useWatch({ control: form.control, name: "mfaRequired" });
  const selfRegistration = useWatch({ control: form.control, name: "staffSelfRegistration" });
  return (
    <Form {...form}>
      <SectionCard
        id="security"
        title={t("securityTitle")}
        description={t("securityIntro")}
        onSubmit={form.handleSubmit((settings) => save.mutate({ settings }))}
        pending={save.isPending}
        dirty={form.formState.isDirty}
      >
        <div className="grid gap-4">
          <SwitchField
            control={form.control}
            name="mfaRequired"
            label={t("mfaRequired")}
            description={t("mfaRequiredHint")}
          />
          {mfaRequired && !adminHasMfa && (
            <Alert variant="warning">
              <AlertDescription>{t("mfaRequiredSelf")}</AlertDescription>
            </Alert>
          )}
          <NumberField
            control={form.control}
            name="inactivityTimeoutMinutes"
            integer
            label={t("inactivityTimeout")}
            description={t("minutesRange", { min: 5, max: 1440 })}
            className="max-w-xs"
          />
          <SwitchField
            control={form.control}
            name="staffSelfRegistration"
            label={t("selfRegistration")}
            description={t("selfRegistrationHint")}
          />
          {selfRegistration && s.staffSelfRegistration && (
            <p className="text-sm text-muted-foreground">
              {t("selfRegistrationLink")}{" "}
              <a
                href="/auth/register"
                className="font-medium text-primary underline-offset-4 hover:underline"
                dir="ltr"
              >
                {registerUrl}
              </a>
            </p>
          )}
        </div>
      </SectionCard>
    </Form>
  );
}
