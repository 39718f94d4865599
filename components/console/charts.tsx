"use client";
// Charts of the platform (recharts): hospitals by plan and by status, patients and active users per hospital,
// sign-ins per day over the last 30 days.
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { HOSPITAL_STATUSES, PLANS } from "@/shared/enums";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import type { PlatformStats } from "./types";

const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
const STATUS_COLORS = {
  ACTIVE: "var(--success)",
  EXPIRED: "var(--warning)",
  SUSPENDED: "var(--destructive)",
  PROVISIONING: "var(--muted-foreground)",
} as const;
/** per-hospital bars beyond this many become unreadable: the busiest hospitals are shown */
const MAX_HOSPITAL_BARS = 15;

function ChartCard({
  title,
  description,
  loading,
  empty,
  children,
  className,
}: {
  title: string;
  description?: string;
  loading: boolean;
  empty: boolean;
  children: ReactNode;
  className?: string;
}) {
  const t = useTranslations("superadmin.charts");
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent role="figure" aria-label={title}>
        {loading ? (
          <Skeleton className="h-60 w-full" />
        ) : empty ? (
          <EmptyState title={t("noData")} className="h-60" />
        ) : (
          <div className="h-60 w-full">{children}</div>
        )}
      </CardContent>
    </Card>
  );
}

export function PlatformCharts({ stats, loading }: { stats: PlatformStats | undefined; loading: boolean }) {
  const t = useTranslations("superadmin");
  const format = useFormatter();
  const num = (v: unknown) => format.number(Number(v ?? 0));
  const byPlan = PLANS.map((p) => ({ name: t(`plans.${p}`), value: stats?.byPlan[p] ?? 0 }));
  const byStatus = HOSPITAL_STATUSES.map((s) => ({
    key: s,
    name: t(`statuses.${s}`),
    value: stats?.byStatus[s] ?? 0,
  })).filter((s) => s.value > 0);
  const perHospital = [...(stats?.perHospital ?? [])]
    .sort((a, b) => (b.patients ?? 0) - (a.patients ?? 0) || b.activeUsers - a.activeUsers)
    .slice(0, MAX_HOSPITAL_BARS)
    .map((h) => ({ code: h.code, patients: h.patients ?? 0, activeUsers: h.activeUsers }));
  const signIns = (stats?.signInsPerDay ?? []).map((d) => ({
    ...d,
    label: format.dateTime(new Date(`${d.day}T00:00:00Z`), { month: "short", day: "numeric" }),
  }));
  const noHospitals = (stats?.totals.hospitals ?? 0) === 0;
  const tooltip = { formatter: (v: unknown) => num(v), contentStyle: { borderRadius: 8, fontSize: 12 } };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard title={t("charts.byPlan")} loading={loading} empty={noHospitals}>
        <ResponsiveContainer>
          <BarChart data={byPlan}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tickLine={false} fontSize={12} />
            <YAxis allowDecimals={false} width={32} fontSize={12} />
            <Tooltip {...tooltip} />
            <Bar dataKey="value" name={t("charts.hospitals")} radius={4}>
              {byPlan.map((_, i) => (
                <Cell key={i} fill={COLORS[i % COLORS.length]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard title={t("charts.byStatus")} loading={loading} empty={noHospitals}>
        <ResponsiveContainer>
          <PieChart>
            <Pie data={byStatus} dataKey="value" nameKey="name" innerRadius="50%" outerRadius="80%" paddingAngle={2}>
              {byStatus.map((s) => (
                <Cell key={s.key} fill={STATUS_COLORS[s.key]} />
              ))}
            </Pie>
            <Tooltip {...tooltip} />
            <Legend verticalAlign="bottom" height={28} iconSize={10} />
          </PieChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title={t("charts.perHospital")}
        description={t("charts.perHospitalHint", { max: MAX_HOSPITAL_BARS })}
        loading={loading}
        empty={perHospital.length === 0}
      >
        <ResponsiveContainer>
          <BarChart data={perHospital}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="code"
              tickLine={false}
              fontSize={11}
              interval={0}
              angle={perHospital.length > 6 ? -30 : 0}
              textAnchor={perHospital.length > 6 ? "end" : "middle"}
              height={perHospital.length > 6 ? 50 : 30}
            />
            <YAxis allowDecimals={false} width={40} fontSize={12} />
            <Tooltip {...tooltip} />
            <Legend verticalAlign="top" height={28} iconSize={10} />
            <Bar dataKey="patients" name={t("charts.patients")} fill="var(--chart-1)" radius={4} />
            <Bar dataKey="activeUsers" name={t("charts.activeUsers")} fill="var(--chart-3)" radius={4} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title={t("charts.signIns")}
        description={t("charts.signInsHint")}
        loading={loading}
        empty={signIns.length === 0}
      >
        <ResponsiveContainer>
          <LineChart data={signIns}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tickLine={false} fontSize={11} minTickGap={16} />
            <YAxis allowDecimals={false} width={32} fontSize={12} />
            <Tooltip {...tooltip} />
            <Legend verticalAlign="top" height={28} iconSize={10} />
            <Line
              type="monotone"
              dataKey="success"
              name={t("charts.successful")}
              stroke="var(--chart-2)"
              strokeWidth={2}
              dot={false}
            />
            <Line
              type="monotone"
              dataKey="failure"
              name={t("charts.failed")}
              stroke="var(--chart-5)"
              strokeWidth={2}
              dot={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
