import { getTranslations } from "next-intl/server";
import { requireSuperAdminPage } from "@/server/next/request";

export default async function SuperAdminDashboard() {
  await requireSuperAdminPage();
  const t = await getTranslations("console");
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold tracking-tight">{t("hospitals")}</h1>
    </div>
  );
}
