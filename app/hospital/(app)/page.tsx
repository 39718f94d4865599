import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { HOSPITAL_NAV } from "@/components/shell/nav";
import { canUseArea } from "@/shared/permissions";
import { placeOf, requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export default async function Dashboard() {
  const session = await requirePermission("dashboard.view");
  const t = await getTranslations();
  const links = HOSPITAL_NAV.filter(
    (n) => n.area !== "dashboard" && canUseArea(session.user.role, n.area, placeOf(session.hospital)),
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("dashboard.welcome", { name: session.user.firstName })} intro={t("dashboard.intro")} />
      <section aria-labelledby="quick-links" className="space-y-3">
        <h2 id="quick-links" className="text-sm font-medium text-muted-foreground">
          {t("dashboard.quickLinks")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="rounded-xl focus-visible:outline-2 focus-visible:outline-ring">
              <Card className="h-full transition-colors hover:bg-accent/50">
                <CardHeader>
                  <CardTitle>{t(`areas.${l.area}`)}</CardTitle>
                  <CardDescription>{l.href}</CardDescription>
                </CardHeader>
                <CardContent />
              </Card>
            </Link>
          ))}
        </div>
      </section>
    </div>
  );
}
