"use client";
// The data browser of the admin host (/admin): read-only lists of hospitals, users, departments and the control
// audit log. The server writes every list a super admin opens to the audit log.
import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { BrowseAuditLog } from "./browse-audit";
import { BrowseDepartments } from "./browse-departments";
import { BrowseHospitals } from "./browse-hospitals";
import { BrowseUsers } from "./browse-users";
import { PageHeader } from "@/components/shell/page-header";

const TABS = ["hospitals", "users", "departments", "audit"] as const;
type Tab = (typeof TABS)[number];

export function DataBrowser() {
  const t = useTranslations("superadmin.browser");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const requested = params.get("tab");
  const tab: Tab = TABS.includes(requested as Tab) ? (requested as Tab) : "hospitals";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Alert>
        <AlertDescription>{t("auditedNotice")}</AlertDescription>
      </Alert>
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
        <Card>
          <CardContent>
            <TabsContent value="hospitals">
              <BrowseHospitals />
            </TabsContent>
            <TabsContent value="users">
              <BrowseUsers />
            </TabsContent>
            <TabsContent value="departments">
              <BrowseDepartments />
            </TabsContent>
            <TabsContent value="audit">
              <BrowseAuditLog />
            </TabsContent>
          </CardContent>
        </Card>
      </Tabs>
    </div>
  );
}
