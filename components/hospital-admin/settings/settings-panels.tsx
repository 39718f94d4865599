"use client";
// The hospital settings page: one card per section, each saved on its own (a partial update of the settings).
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { DetailsSection } from "./details-section";
import { LocaleSection } from "./locale-section";
import { LogoSection } from "./logo-section";
import { ModulesSection } from "./modules-section";
import { RulesSection } from "./rules-section";
import { SecuritySection } from "./security-section";
import type { HospitalSettingsData, Option, OptionGroup } from "./types";

const SECTIONS = ["details", "logo", "locale", "rules", "modules", "security"] as const;

export function SettingsPanels(props: {
  initial: HospitalSettingsData;
  timeZones: OptionGroup[];
  currencies: Option[];
  adminHasMfa: boolean;
  registerUrl: string;
}) {
  const t = useTranslations("hospitalAdmin.settings");
  const trpc = useTRPC();
  const { data = props.initial } = useQuery(trpc.settings.get.queryOptions(undefined, { initialData: props.initial }));
  return (
    <div className="grid gap-6 lg:grid-cols-[12rem_1fr]">
      <nav aria-label={t("sections")} className="lg:sticky lg:top-20 lg:self-start">
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={`#${s}`}
                className="block rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-ring"
              >
                {t(`${s}Title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid min-w-0 gap-6">
        <DetailsSection data={data} />
        <LogoSection data={data} />
        <LocaleSection data={data} timeZones={props.timeZones} currencies={props.currencies} />
        <RulesSection data={data} />
        <ModulesSection data={data} />
        <SecuritySection data={data} adminHasMfa={props.adminHasMfa} registerUrl={props.registerUrl} />
      </div>
    </div>
  );
}
