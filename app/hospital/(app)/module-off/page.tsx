import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { placeOf, requirePermission } from "@/server/next/request";
import { AREAS, isModuleKey, permits, type Area } from "@/shared/permissions";

export const metadata: Metadata = { title: "Module switched off" };

/**
 * Where a page of a module the hospital has switched off (or its plan does not include) sends its visitor: what is
 * off, and who can switch it on — instead of a 404 that reads like a broken link.
 */
export default async function ModuleOffPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requirePermission("dashboard.view");
  const { area = "", why = "" } = await searchParams;
  const t = await getTranslations();
  const known = (AREAS as readonly string[]).includes(area) && isModuleKey(area as Area);
  const name = known ? t(`areas.${area as Area}`) : t("common.moduleOff.thisModule");
  const planOnly = why === "PLAN_FEATURE";
  const admin = permits(session.user.role, "settings.manage", placeOf(session.hospital));
  return (
    <div className="space-y-6">
      <PageHeader
        title={planOnly ? t("common.moduleOff.notInPlanTitle", { name }) : t("common.moduleOff.title", { name })}
        intro={
          planOnly
            ? t("common.moduleOff.notInPlanBody", { plan: session.hospital.plan })
            : admin
              ? t("common.moduleOff.bodyAdmin")
              : t("common.moduleOff.body")
        }
      />
      <div className="flex flex-wrap gap-2">
        {admin && !planOnly && (
          <Button asChild>
            <Link href="/auth/hospital/settings#modules">{t("common.moduleOff.openSettings")}</Link>
          </Button>
        )}
        <Button asChild variant="outline">
          <Link href="/">{t("common.moduleOff.home")}</Link>
        </Button>
      </div>
    </div>
  );
}
