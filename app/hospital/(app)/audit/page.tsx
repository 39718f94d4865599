import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AccessLog } from "@/components/audit/access-log";
import { PlatformAccess } from "@/components/audit/platform-access";
import { VerifyChain } from "@/components/audit/verify-chain";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePermission } from "@/server/next/request";
import { today } from "@/shared/time";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Access log" };

export default async function AuditPage() {
  const session = await requirePermission("audit.read");
  const t = await getTranslations("audit");
  const timeZone = session.hospital.settings.timezone;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro", { timeZone })} />
      <PlatformAccess />
      <section aria-labelledby="phi-log-title" className="space-y-4">
        <div>
          <h2 id="phi-log-title" className="text-xl font-semibold tracking-tight">
            {t("phiTitle")}
          </h2>
          <p className="max-w-3xl text-muted-foreground">{t("phiIntro")}</p>
        </div>
        <VerifyChain />
        {/* the filters are read from the address on the client */}
        <Suspense fallback={<Skeleton className="h-64 w-full" />}>
          <AccessLog today={today(timeZone)} />
        </Suspense>
      </section>
    </div>
  );
}
