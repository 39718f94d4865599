import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AccessLog } from "@/components/audit/access-log";
import { VerifyChain } from "@/components/audit/verify-chain";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePermission } from "@/server/next/request";
import { today } from "@/shared/time";

export const metadata: Metadata = { title: "Access log" };

export default async function AuditPage() {
  const session = await requirePermission("audit.read");
  const t = await getTranslations("audit");
  const timeZone = session.hospital.settings.timezone;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro", { timeZone })}</p>
      </div>
      <VerifyChain />
      {/* the filters are read from the address on the client */}
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <AccessLog today={today(timeZone)} />
      </Suspense>
    </div>
  );
}
