import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PatientForm } from "@/components/patients/patient-form";
import { requirePermission } from "@/server/next/request";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Register patient" };

export default async function NewPatientPage() {
  await requirePermission("patient.register");
  const t = await getTranslations("patients");
  return (
    <div className="space-y-6">
      <PageHeader title={t("registerTitle")} />
      <PatientForm />
    </div>
  );
}
