import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PatientForm } from "@/components/patients/patient-form";
import type { PatientFields } from "@/shared/patients/schemas";
import { serverApi } from "@/server/next/caller";
import { requirePermission } from "@/server/next/request";
import { uuid } from "@/shared/zod";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Edit patient" };

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("patient.update");
  const { id } = await params;
  if (!uuid.safeParse(id).success) notFound();
  const api = await serverApi();
  const patient = await api.patient.get({ id }).catch(() => notFound());
  const t = await getTranslations("patients");
  return (
    <div className="space-y-6">
      <PageHeader title={`${t("editTitle")}: ${patient.firstName} ${patient.lastName}`} />
      <PatientForm patientId={patient.id} initial={patient as Partial<PatientFields>} baseVersion={patient.version} />
    </div>
  );
}
