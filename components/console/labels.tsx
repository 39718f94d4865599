"use client";
// Badges for the words the console repeats everywhere: hospital status, plan, account state; and the choices of
// plans and statuses for filters.
import { useTranslations } from "next-intl";
import { HOSPITAL_STATUSES, PLANS, type HospitalStatus, type Plan } from "@/shared/enums";
import { Badge } from "@/components/ui/badge";

const STATUS_VARIANT = {
  ACTIVE: "success",
  EXPIRED: "warning",
  SUSPENDED: "destructive",
  PROVISIONING: "secondary",
} as const;

export function HospitalStatusBadge({ status, readOnly }: { status: HospitalStatus; readOnly?: boolean }) {
  const t = useTranslations("superadmin");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge variant={STATUS_VARIANT[status]}>{t(`statuses.${status}`)}</Badge>
      {readOnly && status === "ACTIVE" && <Badge variant="outline">{t("hospitals.readOnly")}</Badge>}
    </span>
  );
}

export function PlanBadge({ plan }: { plan: Plan }) {
  const t = useTranslations("superadmin");
  return <Badge variant={plan === "TRIAL" ? "outline" : "secondary"}>{t(`plans.${plan}`)}</Badge>;
}

export function AccountStateBadges({
  isActive,
  locked,
  mustChangePassword,
}: {
  isActive: boolean;
  locked: boolean;
  mustChangePassword?: boolean;
}) {
  const t = useTranslations("superadmin.users");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge variant={isActive ? "success" : "secondary"}>{isActive ? t("active") : t("inactive")}</Badge>
      {locked && <Badge variant="destructive">{t("locked")}</Badge>}
      {mustChangePassword && <Badge variant="outline">{t("mustChange")}</Badge>}
    </span>
  );
}

/** every plan, named */
export function usePlanOptions() {
  const t = useTranslations("superadmin");
  return PLANS.map((p) => ({ value: p, label: t(`plans.${p}`) }));
}

/** every hospital status, named */
export function useStatusOptions() {
  const t = useTranslations("superadmin");
  return HOSPITAL_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }));
}
