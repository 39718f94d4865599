import { ShieldAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { HOSPITAL_NAV } from "@/components/shell/nav";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { canUseArea, permits } from "@/shared/permissions";
import { serverApi } from "@/server/next/caller";
import { placeOf, requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export default async function Dashboard() {
  const session = await requirePermission("dashboard.view");
  const t = await getTranslations();
  const place = placeOf(session.hospital);
  // who may read the access log is told when a platform super admin can read patient data (break-glass)
  const grants = permits(session.user.role, "audit.read", place)
    ? (await (await serverApi()).platformAccess.list({ limit: 1 })).activeGrants
    : [];
  const format = await getFormatter();
  const links = HOSPITAL_NAV.filter((n) => n.area !== "dashboard" && canUseArea(session.user.role, n.area, place));
  return (
    <div className="space-y-6">
      <PageHeader title={t("dashboard.welcome", { name: session.user.firstName })} intro={t("dashboard.intro")} />
      {grants.length > 0 && (
        <Alert variant="warning" role="alert" data-testid="dashboard-break-glass">
          <ShieldAlert aria-hidden />
          <AlertTitle className="line-clamp-none">{t("dashboard.breakGlass.title")}</AlertTitle>
          <AlertDescription>
            <p>{t("dashboard.breakGlass.body")}</p>
            <ul className="grid gap-1">
              {grants.map((g) => (
                <li key={g.id} className="font-medium text-foreground">
                  {t("dashboard.breakGlass.entry", {
                    username: g.username,
                    reason: g.reason,
                    time: format.dateTime(g.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </li>
              ))}
            </ul>
            <Link
              href="/audit#platform-access"
              className="font-medium text-primary underline underline-offset-4 hover:no-underline"
            >
              {t("dashboard.breakGlass.link")}
            </Link>
          </AlertDescription>
        </Alert>
      )}
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
