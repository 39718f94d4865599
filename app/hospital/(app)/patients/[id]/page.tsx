import type { Metadata } from "next";
import { Pencil } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ChartActivity } from "@/components/patients/chart-activity";
import { PatientHeader } from "@/components/patients/patient-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { canUseArea, permits } from "@/shared/permissions";
import { serverApi } from "@/server/next/caller";
import { placeOf, requirePermission } from "@/server/next/request";
import { today } from "@/shared/time";
import { uuid } from "@/shared/zod";

export const metadata: Metadata = { title: "Patient chart" };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm">{children || "—"}</dd>
    </div>
  );
}

export default async function PatientChart({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePermission("patient.read");
  const { id } = await params;
  if (!uuid.safeParse(id).success) notFound();
  const api = await serverApi();
  // reading the chart through the API records it in the PHI access log
  const p = await api.patient.get({ id }).catch(() => notFound());
  const t = await getTranslations("patients");
  const role = session.user.role;
  const place = placeOf(session.hospital);
  const canEdit = permits(role, "patient.update", place);
  const canStart = permits(role, "encounter.start", place);
  // a doctor's walk-in is their own; anyone else chooses the doctor (the hospital's doctors, as for booking)
  const selfDoctor = role === "DOCTOR";
  const doctors = canStart && !selfDoctor ? await api.appointment.doctors().catch(() => []) : [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PatientHeader patient={p} today={today(session.hospital.settings.timezone)} />
        {canEdit && (
          <Button asChild variant="outline">
            <Link href={`/patients/${p.id}/edit`}>
              <Pencil aria-hidden /> {t("edit")}
            </Link>
          </Button>
        )}
      </div>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("demographics")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Field label={t("phone")}>
              <span dir="ltr">{p.phone}</span>
            </Field>
            <Field label={t("email")}>{p.email}</Field>
            <Field label={t("address")}>{[p.address, p.city].filter(Boolean).join(", ")}</Field>
            <Field label={t("maritalStatus")}>
              {p.maritalStatus ? t(`marital.${p.maritalStatus as "SINGLE"}`) : ""}
            </Field>
            <Field label={t("chronicConditions")}>{p.chronicConditions.join(", ")}</Field>
            <Field label={t("currentMedications")}>{p.currentMedications.join(", ")}</Field>
            <Field label={t("emergencyContact")}>
              {p.emergencyContact &&
                `${p.emergencyContact.name} (${p.emergencyContact.relationship}) ${p.emergencyContact.phone}`}
            </Field>
            <Field label={t("insurance")}>
              {p.insurance &&
                `${p.insurance.provider} · ${p.insurance.policyNumber}${p.insurance.groupNumber ? ` · ${p.insurance.groupNumber}` : ""}`}
            </Field>
          </dl>
        </CardContent>
      </Card>
      <ChartActivity
        patientId={p.id}
        show={{
          appointments: canUseArea(role, "appointments", place),
          encounters: permits(role, "encounter.read", place),
          access: permits(role, "patient.accessLog.read", place),
          startEncounter: canStart,
        }}
        walkIn={{
          selfDoctor,
          doctors: doctors.map((d) => ({ id: d.id, firstName: d.firstName, lastName: d.lastName })),
        }}
      />
    </div>
  );
}
