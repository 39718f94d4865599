import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EncounterList } from "@/components/encounters/encounter-list";
import { requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Encounters" };

export default async function EncountersPage() {
  const session = await requirePermission("encounter.read");
  const t = await getTranslations("encounters");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <EncounterList doctorId={session.user.role === "DOCTOR" ? session.user.id : null} />
    </div>
  );
}
