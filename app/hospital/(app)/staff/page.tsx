import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffDirectory } from "@/components/hospital-admin/staff-directory";
import { StaffTabs } from "@/components/hospital-admin/staff-tabs";
import { requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const session = await requirePermission("staff.manage");
  const t = await getTranslations("hospitalAdmin.staff");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} actions={<StaffTabs />} />
      <StaffDirectory selfId={session.user.id} />
    </div>
  );
}
