"use client";
// One row per hospital database: reachable, schema version against the latest, last migration, and "Migrate".
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
  if (props.loading) return <Skeleton className="h-40 w-full" />;
  if (!props.rows?.length) return <EmptyState title={t("noHospitals")} />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("hospital")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead>{t("database")}</TableHead>
          <TableHead>{t("schema")}</TableHead>
          <TableHead>{t("lastMigration")}</TableHead>
          <TableHead className="text-end">
            <span className="sr-only">{t("actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((h) => (
          <TableRow key={h.code} data-testid="health-row">
            <TableCell>
              <div className="font-mono font-medium">{h.code}</div>
              <div className="max-w-56 truncate text-xs text-muted-foreground">{h.name}</div>
            </TableCell>
            <TableCell>{props.statusBadge(h)}</TableCell>
            <TableCell className="max-w-72 whitespace-normal">
              {h.reachable ? (
                <Badge variant="success">{t("reachableMs", { ms: h.latencyMs })}</Badge>
              ) : (
                <div className="space-y-1">
                  <Badge variant="destructive">{t("unreachable")}</Badge>
                  {h.error && <p className="text-xs text-muted-foreground">{h.error}</p>}
                </div>
              )}
            </TableCell>
            <TableCell>
              {h.schemaVersion === null ? (
                "—"
              ) : (
                <Badge variant={h.upToDate ? "outline" : "warning"}>
                  {h.upToDate
                    ? t("upToDate", { version: h.schemaVersion })
                    : t("behind", { version: h.schemaVersion, latest: props.latest })}
                </Badge>
              )}
            </TableCell>
            <TableCell>
              {h.lastMigratedAt ? format.dateTime(h.lastMigratedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}
            </TableCell>
            <TableCell className="text-end">
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
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
