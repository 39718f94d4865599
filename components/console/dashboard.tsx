"use client";
// The super admin dashboard (admin host, /auth/superadmin): figures on top, then hospitals, charts, system health
// and users across hospitals as tabs (a tab's data is fetched when it is first opened). The tab is kept in ?tab=.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/components/trpc/client";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { PlatformCharts } from "./charts";
import { SystemHealth } from "./health/system-health";
import { HospitalsTable } from "./hospitals/hospitals-table";
import { KpiCards } from "./kpi-cards";
import { PlatformUsers } from "./users/platform-users";
import { PageHeader } from "@/components/shell/page-header";

const TABS = ["hospitals", "charts", "health", "users"] as const;
type Tab = (typeof TABS)[number];

export function SuperAdminDashboard() {
  const t = useTranslations("superadmin.page");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const stats = useQuery(trpc.hospital.stats.queryOptions());
  const requested = params.get("tab");
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : "hospitals";

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <KpiCards stats={stats.data} loading={stats.isLoading} />
      <Tabs
        value={tab}
        onValueChange={(next) =>
          router.replace(next === "hospitals" ? pathname : `${pathname}?tab=${next}`, { scroll: false })
        }
      >
        <TabsList className="h-auto w-full flex-wrap justify-start sm:w-fit">
          {TABS.map((key) => (
            <TabsTrigger key={key} value={key}>
              {t(`tabs.${key}`)}
            </TabsTrigger>
          ))}
        </TabsList>
        <TabsContent value="hospitals">
          <HospitalsTable />
        </TabsContent>
        <TabsContent value="charts">
          <PlatformCharts stats={stats.data} loading={stats.isLoading} />
        </TabsContent>
        <TabsContent value="health">
          <SystemHealth />
        </TabsContent>
        <TabsContent value="users">
          <PlatformUsers />
        </TabsContent>
      </Tabs>
    </div>
  );
}
