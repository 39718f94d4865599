// The top of a patient's chart: who this is, at a glance, and the allergies banner nobody can miss.
import { Star, TriangleAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Allergy } from "@/db/schema/tenant";
import { ageInYears } from "./age";

type HeaderPatient = {
  mrn: string;
  firstName: string;
  middleName: string;
  lastName: string;
  dateOfBirth: string;
  gender: "M" | "F" | "O";
  bloodGroup: string;
  isVip: boolean;
  allergies: Allergy[];
};

export async function PatientHeader({ patient, today }: { patient: HeaderPatient; today: string }) {
  const t = await getTranslations("patients");
  const format = await getFormatter();
  const severe = patient.allergies.some((a) => a.severity === "SEVERE");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="patient-name">
          {patient.firstName} {patient.middleName} {patient.lastName}
        </h1>
        {patient.isVip && (
          <Badge variant="warning">
            <Star aria-hidden /> {t("vip")}
          </Badge>
        )}
        <span className="font-mono text-sm text-muted-foreground" dir="ltr" data-testid="patient-mrn">
          {patient.mrn}
        </span>
      </div>
      <p className="text-sm text-muted-foreground">
        {t(`genders.${patient.gender}`)} ·{" "}
        {format.dateTime(new Date(`${patient.dateOfBirth}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" })} (
        {t("ageYears", { years: ageInYears(patient.dateOfBirth, today) })})
        {patient.bloodGroup && ` · ${t("bloodGroup")} ${patient.bloodGroup}`}
      </p>
      <div
        role="alert"
        data-testid="allergy-banner"
        className={
          patient.allergies.length === 0
            ? "rounded-md border px-3 py-2 text-sm text-muted-foreground"
            : severe
              ? "flex items-center gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm font-medium text-destructive"
              : "flex items-center gap-2 rounded-md border border-warning/50 bg-warning/15 px-3 py-2 text-sm font-medium"
        }
      >
        {patient.allergies.length > 0 && <TriangleAlert className="size-4 shrink-0" aria-hidden />}
        {patient.allergies.length === 0
          ? t("noKnownAllergies")
          : t("allergyBanner", {
              list: patient.allergies
                .map((a) => `${a.substance} (${t(`severities.${a.severity}`)}${a.reaction ? `: ${a.reaction}` : ""})`)
                .join(", "),
            })}
      </div>
    </div>
  );
}
