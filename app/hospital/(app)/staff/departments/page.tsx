import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DepartmentsManager } from "@/components/hospital-admin/departments-manager";
import { StaffTabs } from "@/components/hospital-admin/staff-tabs";
import { requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Departments" };

export default async function DepartmentsPage() {
  await requirePermission("staff.manage");
  const t = await getTranslations("hospitalAdmin.departments");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} actions={<StaffTabs />} />
      <DepartmentsManager />
    </div>
  );
}
