"use client";
// Columns of the hospitals table: who the hospital is, its plan and subscription, and what its database holds.
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { RowMenu } from "@/components/data-table";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { hospitalLoginUrl, useBytes, useDay } from "../format";
import { HospitalStatusBadge, PlanBadge } from "../labels";
import type { ConsoleHospital } from "../types";

export type HospitalAction = "edit" | "plan" | "status" | "subscription";

export function useHospitalColumns(): ColumnDef<ConsoleHospital>[] {
  const t = useTranslations("superadmin.hospitals");
  const format = useFormatter();
  const bytes = useBytes();
  const day = useDay();
  return useMemo<ColumnDef<ConsoleHospital>[]>(
    () => [
      {
        accessorKey: "code",
        header: t("code"),
        cell: ({ row }) => {
          const url = hospitalLoginUrl(row.original.code);
          return url ? (
            <a
              href={url}
              className="font-mono font-medium underline-offset-4 hover:underline"
              target="_blank"
              rel="noreferrer"
            >
              {row.original.code}
            </a>
          ) : (
            <span className="font-mono font-medium">{row.original.code}</span>
          );
        },
      },
      {
        accessorKey: "name",
        header: t("name"),
        cell: ({ row }) => (
          <div className="min-w-40 whitespace-normal">
            <div className="font-medium">{row.original.name}</div>
            <div className="text-xs text-muted-foreground">
              {[row.original.city, row.original.country].filter(Boolean).join(", ")}
            </div>
          </div>
        ),
      },
      {
        accessorKey: "plan",
        header: t("plan"),
        cell: ({ row }) => <PlanBadge plan={row.original.plan} />,
      },
      {
        accessorKey: "status",
        header: t("status"),
        cell: ({ row }) => <HospitalStatusBadge status={row.original.status} readOnly={row.original.readOnly} />,
      },
      {
        id: "subscription",
        accessorFn: (h) => h.subscriptionEndsAt?.getTime() ?? Number.MAX_SAFE_INTEGER,
        header: t("subscriptionEnds"),
        cell: ({ row }) =>
          row.original.subscriptionEndsAt ? (
            day(row.original.subscriptionEndsAt)
          ) : (
            <span className="text-muted-foreground">{t("openEnded")}</span>
          ),
      },
      {
        id: "patients",
        accessorFn: (h) => h.patients ?? -1,
        header: t("patients"),
        cell: ({ row }) => {
          const { patients, maxPatients } = row.original;
          if (patients === null) return <Badge variant="outline">{t("unavailable")}</Badge>;
          const over = maxPatients !== null && patients >= maxPatients;
          return (
            <span className={over ? "font-medium text-destructive" : undefined}>
              {format.number(patients)}
              {maxPatients !== null && <span className="text-muted-foreground"> / {format.number(maxPatients)}</span>}
            </span>
          );
        },
      },
      {
        accessorKey: "activeStaff",
        header: t("staff"),
        cell: ({ row }) => t("staffCount", { active: row.original.activeStaff, total: row.original.staff }),
      },
      { accessorKey: "databaseBytes", header: t("databaseSize"), cell: ({ row }) => bytes(row.original.databaseBytes) },
      {
        accessorKey: "schemaVersion",
        header: t("schema"),
        cell: ({ row }) => {
          const { schemaVersion, latestSchemaVersion } = row.original;
          return (
            <Badge
              variant={schemaVersion >= latestSchemaVersion ? "outline" : "warning"}
              title={t("schemaOf", { latest: latestSchemaVersion })}
            >
              v{schemaVersion}
            </Badge>
          );
        },
      },
      {
        id: "lastMigratedAt",
        accessorFn: (h) => h.lastMigratedAt?.getTime() ?? 0,
        header: t("lastMigration"),
        cell: ({ row }) =>
          row.original.lastMigratedAt
            ? format.dateTime(row.original.lastMigratedAt, { dateStyle: "medium", timeStyle: "short" })
            : "—",
      },
    ],
    [t, format, bytes, day],
  );
}

/** the menu of one hospital's row: edit, plan, status, subscription */
export function HospitalActionsMenu({
  hospital,
  onAction,
}: {
  hospital: ConsoleHospital;
  onAction: (action: HospitalAction, hospital: ConsoleHospital) => void;
}) {
  const t = useTranslations("superadmin.hospitals");
  return (
    <RowMenu
      label={t("actionsFor", { name: hospital.name })}
      title={hospital.code}
      disabled={hospital.status === "PROVISIONING"}
    >
      <DropdownMenuItem onSelect={() => onAction("edit", hospital)}>{t("editDetails")}</DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("plan", hospital)}>{t("changePlan")}</DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("status", hospital)}>{t("changeStatus")}</DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("subscription", hospital)}>{t("changeSubscription")}</DropdownMenuItem>
    </RowMenu>
  );
}
