"use client";
// Small labels the appointment screens share: status and priority badges (colours carry meaning, the text says it
// too), the patient's VIP and allergy markers, and a doctor's display name.
import { Star, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { AppointmentStatus, Priority } from "@/shared/enums";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/utils";

/** one colour family per status: badges, calendar blocks and the dashboard use the same */
export const STATUS_STYLES: Record<AppointmentStatus, string> = {
  SCHEDULED: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100",
  CONFIRMED:
    "border-indigo-300 bg-indigo-50 text-indigo-900 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-100",
  CHECKED_IN: "border-teal-300 bg-teal-50 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100",
  IN_PROGRESS:
    "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100",
  COMPLETED:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  CANCELLED:
    "border-zinc-300 bg-zinc-50 text-zinc-500 line-through dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400",
  NO_SHOW: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100",
  RESCHEDULED:
    "border-dashed border-zinc-300 bg-zinc-50 text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400",
};

/** statuses that no longer hold the doctor's time: drawn faded in lists and calendars */
export const INACTIVE_STATUSES: readonly AppointmentStatus[] = ["COMPLETED", "CANCELLED", "NO_SHOW", "RESCHEDULED"];

export function StatusBadge({ status, className }: { status: AppointmentStatus; className?: string }) {
  const t = useTranslations("appointments.status");
  return (
    <Badge variant="outline" className={cn(STATUS_STYLES[status], "no-underline", className)} data-status={status}>
      {t(status)}
    </Badge>
  );
}

const PRIORITY_VARIANT = { URGENT: "destructive", HIGH: "warning", NORMAL: "outline", LOW: "secondary" } as const;

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useTranslations("appointments.priority");
  return (
    <Badge variant={PRIORITY_VARIANT[priority]} data-priority={priority}>
      {t(priority)}
    </Badge>
  );
}

type MarkerPatient = { isVip: boolean; allergies: Array<{ substance: string; severity: string }> };

/** VIP and allergy markers next to a patient's name; the allergy list is read out, not only hovered */
export function PatientMarkers({ patient }: { patient: MarkerPatient }) {
  const t = useTranslations("appointments.markers");
  const allergies = patient.allergies.map((a) => a.substance).join(", ");
  return (
    <>
      {patient.isVip && (
        <Badge variant="warning" className="gap-1">
          <Star aria-hidden />
          {t("vip")}
        </Badge>
      )}
      {patient.allergies.length > 0 && (
        <Badge
          variant="outline"
          className="gap-1 border-destructive/50 text-destructive"
          title={t("allergies", { list: allergies })}
        >
          <TriangleAlert aria-hidden />
          <span aria-hidden>{t("allergyShort")}</span>
          <span className="sr-only">{t("allergies", { list: allergies })}</span>
        </Badge>
      )}
    </>
  );
}

/** "Dr First Last" in the UI's language */
export function useDoctorName() {
  const t = useTranslations("appointments");
  return (d: { firstName: string; lastName: string }) => t("doctorName", { first: d.firstName, last: d.lastName });
}
