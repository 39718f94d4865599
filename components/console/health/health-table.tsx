"use client";
// One row per hospital database: reachable, schema version against the latest, last migration, and "Migrate".
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { SystemHealth } from "../types";

type Row = SystemHealth["hospitals"][number];

export function HealthTable(props: {
  rows: Row[] | undefined;
  latest: number;
  loading: boolean;
  migrating: string | null;
  onMigrate: (code: string) => void;
  statusBadge: (row: Row) => ReactNode;
}) {
  const t = useTranslations("superadmin.health");
  const format = useFormatter();
  const columns: ColumnDef<Row>[] = [
    {
      id: "hospital",
      header: t("hospital"),
      cell: ({ row: { original: h } }) => (
        <>
          <div className="font-mono font-medium">{h.code}</div>
          <div className="max-w-56 truncate text-xs text-muted-foreground">{h.name}</div>
        </>
      ),
    },
    { id: "status", header: t("status"), cell: ({ row }) => props.statusBadge(row.original) },
    {
      id: "database",
      header: t("database"),
      meta: { className: "max-w-72 whitespace-normal" },
      cell: ({ row: { original: h } }) =>
        h.reachable ? (
          <Badge variant="success">{t("reachableMs", { ms: h.latencyMs })}</Badge>
        ) : (
          <div className="space-y-1">
            <Badge variant="destructive">{t("unreachable")}</Badge>
            {h.error && <p className="text-xs text-muted-foreground">{h.error}</p>}
          </div>
        ),
    },
    {
      id: "schema",
      header: t("schema"),
      cell: ({ row: { original: h } }) =>
        h.schemaVersion === null ? (
          "—"
        ) : (
          <Badge variant={h.upToDate ? "outline" : "warning"}>
            {h.upToDate
              ? t("upToDate", { version: h.schemaVersion })
              : t("behind", { version: h.schemaVersion, latest: props.latest })}
          </Badge>
        ),
    },
    {
      id: "lastMigration",
      header: t("lastMigration"),
      cell: ({ row: { original: h } }) =>
        h.lastMigratedAt ? format.dateTime(h.lastMigratedAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
    },
  ];
  return (
    <DataTable
      columns={columns}
      data={props.rows}
      getRowId={(h) => h.code}
      loading={props.loading}
      empty={{ title: t("noHospitals") }}
      rowTestId="health-row"
      rowActionsLabel={t("actions")}
      rowActions={(h) => (
        <Button
          variant={h.upToDate ? "ghost" : "outline"}
          size="sm"
          disabled={props.migrating !== null}
          onClick={() => props.onMigrate(h.code)}
          aria-label={t("migrateOne", { code: h.code })}
        >
          {props.migrating === h.code && <Spinner aria-label={t("migrating")} />}
          {h.status === "PROVISIONING" ? t("complete") : t("migrate")}
        </Button>
      )}
    />
  );
}
