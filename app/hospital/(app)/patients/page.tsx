import type { Metadata } from "next";
import { UserPlus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { PatientSearch } from "@/components/patients/patient-search";
import { Button } from "@/components/ui/button";
import { placeOf, requirePermission } from "@/server/next/request";
import { permits } from "@/shared/permissions";
import { today } from "@/shared/time";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage() {
  const session = await requirePermission("patient.read");
  const t = await getTranslations("patients");
  const canRegister = permits(session.user.role, "patient.register", placeOf(session.hospital));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground">{t("intro")}</p>
        </div>
        {canRegister && (
          <Button asChild>
            <Link href="/patients/new">
              <UserPlus aria-hidden /> {t("register")}
            </Link>
          </Button>
        )}
      </div>
      <Suspense>
        <PatientSearch today={today(session.hospital.settings.timezone)} />
      </Suspense>
    </div>
  );
}
