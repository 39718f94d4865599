import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DepartmentsManager } from "@/components/hospital-admin/departments-manager";
import { StaffTabs } from "@/components/hospital-admin/staff-tabs";
import { requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Departments" };

export default async function DepartmentsPage() {
  await requirePermission("staff.manage");
  const t = await getTranslations("hospitalAdmin.departments");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </div>
        <StaffTabs />
      </div>
      <DepartmentsManager />
    </div>
  );
}
