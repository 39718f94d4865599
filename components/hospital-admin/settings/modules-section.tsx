"use client";
// Modules on and off. A module switched off disappears from everyone's navigation and its API refuses all calls
// from the next request on; its records stay and come back when it is switched on again. A module outside the
// hospital's plan is off whatever its switch says (shared/permissions.ts), so its switch is shown disabled. Only
// modules whose screens exist have a switch (MODULES_WITH_SCREENS).
import { useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SwitchField, useServerErrors } from "@/components/form";
import { Form } from "@/components/ui/form";
import { modulesSettingsSchema } from "@/shared/hospitals/settings-input";
import { planHasFeature } from "@/shared/hospitals/plans";
import { MODULES_WITH_SCREENS } from "@/shared/hospitals/settings-schema";
import { SectionCard } from "./section-card";
import type { HospitalSettingsData } from "./types";
import { useSaveSettings } from "./use-save-settings";

type Modules = z.infer<typeof modulesSettingsSchema>;

export function ModulesSection({ data }: { data: HospitalSettingsData }) {
  const t = useTranslations("hospitalAdmin.settings");
  const area = useTranslations("areas");
  const tp = useTranslations("permissions");
  const form = useForm<Modules>({
    resolver: zodResolver(modulesSettingsSchema),
    values: useMemo(() => ({ modules: data.settings.modules }), [data.settings.modules]),
  });
  const errors = useServerErrors(form, { prefix: "settings.", toast: true });
  const save = useSaveSettings(errors.apply);
  return (
    <Form {...form}>
      <SectionCard
        id="modules"
        title={t("modulesTitle")}
        description={t("modulesIntro")}
        onSubmit={form.handleSubmit((settings) => save.mutate({ settings }))}
        pending={save.isPending}
        dirty={form.formState.isDirty}
      >
        <div className="grid gap-3 md:grid-cols-2">
          {MODULES_WITH_SCREENS.map((m) => (
            <SwitchField
              key={m}
              control={form.control}
              name={`modules.${m}`}
              label={area(m)}
              description={planHasFeature(data.plan, m) ? t(`moduleHints.${m}`) : tp("notInPlan", { plan: data.plan })}
              disabled={!planHasFeature(data.plan, m)}
            />
          ))}
        </div>
      </SectionCard>
    </Form>
  );
}
