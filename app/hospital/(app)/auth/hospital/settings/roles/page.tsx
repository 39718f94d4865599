import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RolesTable } from "@/components/hospital-admin/roles-table";
import { placeOf, requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Roles and permissions" };

export default async function RolesAndPermissionsPage() {
  const session = await requirePermission("settings.manage");
  const t = await getTranslations("permissions");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
      </div>
      <RolesTable place={placeOf(session.hospital)} />
    </div>
  );
}
