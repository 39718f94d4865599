import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EncounterList } from "@/components/encounters/encounter-list";
import { requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Encounters" };

export default async function EncountersPage() {
  const session = await requirePermission("encounter.read");
  const t = await getTranslations("encounters");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <EncounterList doctorId={session.user.role === "DOCTOR" ? session.user.id : null} />
    </div>
  );
}
