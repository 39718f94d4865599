import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RolesTable } from "@/components/hospital-admin/roles-table";
import { placeOf, requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Roles and permissions" };

export default async function RolesAndPermissionsPage() {
  const session = await requirePermission("settings.manage");
  const t = await getTranslations("permissions");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <RolesTable place={placeOf(session.hospital)} />
    </div>
  );
}
