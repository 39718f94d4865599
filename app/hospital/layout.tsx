import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { hostHospital } from "@/server/next/request";
import { hospitalDatabaseProblem } from "@/server/tenancy";

export const dynamic = "force-dynamic";

/**
 * every page of a hospital host: the hospital must exist (an unknown code is a 404, whatever the path); while it is
 * closed for maintenance (a restore) every page shows the maintenance notice instead, and while its database cannot
 * be reached (file damaged or locked, server down: server/tenancy hospitalDatabaseProblem) the "temporarily
 * unavailable" notice — in the user's language, and for this hospital only
 */
export default async function HospitalHostLayout({ children }: { children: ReactNode }) {
  const hospital = await hostHospital();
  if (!hospital) notFound();
  if (hospital.maintenanceSince) return <Notice kind="maintenance" hospital={hospital.name} />;
  const problem = await hospitalDatabaseProblem(hospital.code);
  if (problem)
    return <Notice kind={problem === "MAINTENANCE" ? "maintenance" : "unavailable"} hospital={hospital.name} />;
  return children;
}

async function Notice({ kind, hospital }: { kind: "maintenance" | "unavailable"; hospital: string }) {
  const t = await getTranslations("common");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-xl font-semibold">{t(`${kind}Title`)}</h1>
      <p className="text-muted-foreground">{t(`${kind}Body`, { hospital })}</p>
      {/* a plain link: reloads the page the user asked for */}
      <a className="text-sm font-medium underline underline-offset-4" href="">
        {t("tryAgain")}
      </a>
    </main>
  );
}
