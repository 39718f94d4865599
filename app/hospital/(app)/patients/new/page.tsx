import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PatientForm } from "@/components/patients/patient-form";
import { requireArea } from "@/server/next/request";

export const metadata: Metadata = { title: "Register patient" };

export default async function NewPatientPage() {
  const session = await requireArea("patients");
  if (session.user.role !== "ADMIN" && session.user.role !== "RECEPTIONIST") notFound();
  const t = await getTranslations("patients");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("registerTitle")}</h1>
      <PatientForm />
    </div>
  );
}
