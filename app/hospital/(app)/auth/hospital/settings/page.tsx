import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { currencyOptions, timeZoneGroups } from "@/components/hospital-admin/settings/options";
import { SettingsPanels } from "@/components/hospital-admin/settings/settings-panels";
import { serverApi } from "@/server/next/caller";
import { requestHost, requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Hospital settings" };
export const dynamic = "force-dynamic";

export default async function HospitalSettingsPage() {
  const session = await requirePermission("settings.manage");
  const [t, locale, host, initial] = await Promise.all([
    getTranslations("hospitalAdmin.settings"),
    getLocale(),
    requestHost(),
    (await serverApi()).settings.get(),
  ]);
  const origin = host.kind === "hospital" ? host.host : "";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <SettingsPanels
        initial={initial}
        timeZones={timeZoneGroups(initial.settings.timezone)}
        currencies={currencyOptions(locale, initial.settings.currency)}
        adminHasMfa={session.user.mfaEnabled}
        registerUrl={`${origin}/auth/register`}
      />
    </div>
  );
}
