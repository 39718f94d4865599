"use client";
// The platform at a glance: hospitals, patients, active users, today's sign-ins.
import { Activity, Building2, LogIn, Users } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { PlatformStats } from "./types";

function Kpi({
  icon,
  label,
  value,
  hint,
  loading,
}: {
  icon: ReactNode;
  label: string;
  value: string;
  hint: string;
  loading: boolean;
}) {
  return (
    <Card className="gap-2 py-4">
      <CardHeader className="flex flex-row items-center justify-between gap-2 px-4">
        <CardDescription>{label}</CardDescription>
        <span className="text-muted-foreground [&_svg]:size-4" aria-hidden>
          {icon}
        </span>
      </CardHeader>
      <CardContent className="px-4">
        {loading ? <Skeleton className="h-8 w-24" /> : <CardTitle className="text-2xl tabular-nums">{value}</CardTitle>}
        <p className="mt-1 text-xs text-muted-foreground">{loading ? "\u00a0" : hint}</p>
      </CardContent>
    </Card>
  );
}

export function KpiCards({ stats, loading }: { stats: PlatformStats | undefined; loading: boolean }) {
  const t = useTranslations("superadmin.kpi");
  const format = useFormatter();
  const n = (v: number | undefined) => format.number(v ?? 0);
  const today = stats?.signInsPerDay.at(-1);
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="kpi-cards">
      <Kpi
        icon={<Building2 />}
        label={t("hospitals")}
        value={n(stats?.totals.hospitals)}
        hint={t("hospitalsHint", { active: stats?.byStatus.ACTIVE ?? 0, suspended: stats?.byStatus.SUSPENDED ?? 0 })}
        loading={loading}
      />
      <Kpi
        icon={<Users />}
        label={t("patients")}
        value={n(stats?.totals.patients)}
        hint={t("patientsHint")}
        loading={loading}
      />
      <Kpi
        icon={<Activity />}
        label={t("activeUsers")}
        value={n(stats?.totals.activeUsers)}
        hint={t("activeUsersHint")}
        loading={loading}
      />
      <Kpi
        icon={<LogIn />}
        label={t("signInsToday")}
        value={n(today?.success)}
        hint={t("signInsTodayHint", { failed: today?.failure ?? 0 })}
        loading={loading}
      />
    </div>
  );
}
