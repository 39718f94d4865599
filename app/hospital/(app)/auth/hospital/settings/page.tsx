import type { Metadata } from "next";
import { ShieldCheck } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { getLocale, getTranslations } from "next-intl/server";
import { currencyOptions, timeZoneGroups } from "@/components/hospital-admin/settings/options";
import { SettingsPanels } from "@/components/hospital-admin/settings/settings-panels";
import { serverApi } from "@/server/next/caller";
import { requestHost, requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Hospital settings" };
export const dynamic = "force-dynamic";

export default async function HospitalSettingsPage() {
  const session = await requirePermission("settings.manage");
  const [t, tp, locale, host, initial] = await Promise.all([
    getTranslations("hospitalAdmin.settings"),
    getTranslations("permissions"),
    getLocale(),
    requestHost(),
    (await serverApi()).settings.get(),
  ]);
  const origin = host.kind === "hospital" ? host.host : "";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Button asChild variant="outline">
            <Link href="/auth/hospital/settings/roles">
              <ShieldCheck aria-hidden /> {tp("open")}
            </Link>
          </Button>
        }
      />
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
