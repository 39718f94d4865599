import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffDirectory } from "@/components/hospital-admin/staff-directory";
import { StaffTabs } from "@/components/hospital-admin/staff-tabs";
import { requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const session = await requirePermission("staff.manage");
  const t = await getTranslations("hospitalAdmin.staff");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </div>
        <StaffTabs />
      </div>
      <StaffDirectory selfId={session.user.id} />
    </div>
  );
}
