"use client";
// Columns of the hospitals table: who the hospital is, its plan and subscription, and what its database holds.
import type { ColumnDef } from "@tanstack/react-table";
import { MoreHorizontal } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { hospitalLoginUrl, useBytes, useDay } from "../format";
import { HospitalStatusBadge, PlanBadge } from "../labels";
import type { ConsoleHospital } from "../types";

export type HospitalAction = "edit" | "plan" | "status" | "subscription";

export function useHospitalColumns(
  onAction: (action: HospitalAction, hospital: ConsoleHospital) => void,
): ColumnDef<ConsoleHospital>[] {
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
        filterFn: "equalsString",
        cell: ({ row }) => <PlanBadge plan={row.original.plan} />,
      },
      {
        accessorKey: "status",
        header: t("status"),
        filterFn: "equalsString",
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
      {
        id: "actions",
        enableSorting: false,
        header: () => <span className="sr-only">{t("actions")}</span>,
        cell: ({ row }) => (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button
                variant="ghost"
                size="icon"
                aria-label={t("actionsFor", { name: row.original.name })}
                disabled={row.original.status === "PROVISIONING"}
              >
                <MoreHorizontal aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuLabel>{row.original.code}</DropdownMenuLabel>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => onAction("edit", row.original)}>{t("editDetails")}</DropdownMenuItem>
              <DropdownMenuItem onSelect={() => onAction("plan", row.original)}>{t("changePlan")}</DropdownMenuItem>
              <DropdownMenuItem onSelect={() => onAction("status", row.original)}>{t("changeStatus")}</DropdownMenuItem>
              <DropdownMenuItem onSelect={() => onAction("subscription", row.original)}>
                {t("changeSubscription")}
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        ),
      },
    ],
    [t, format, bytes, day, onAction],
  );
}
