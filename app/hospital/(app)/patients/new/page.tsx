import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PatientForm } from "@/components/patients/patient-form";
import { requirePermission } from "@/server/next/request";

export const metadata: Metadata = { title: "Register patient" };

export default async function NewPatientPage() {
  await requirePermission("patient.register");
  const t = await getTranslations("patients");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("registerTitle")}</h1>
      <PatientForm />
    </div>
  );
}
