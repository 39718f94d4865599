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
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage() {
  const session = await requirePermission("patient.read");
  const t = await getTranslations("patients");
  const canRegister = permits(session.user.role, "patient.register", placeOf(session.hospital));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          canRegister && (
            <Button asChild>
              <Link href="/patients/new">
                <UserPlus aria-hidden /> {t("register")}
              </Link>
            </Button>
          )
        }
      />
      <Suspense>
        <PatientSearch today={today(session.hospital.settings.timezone)} />
      </Suspense>
    </div>
  );
}
