"use client";
// System health: the main database, and each hospital database reachable and at the latest schema; migrate one
// hospital or all of them (the same migration as `pnpm db:provision`).
import { useMutation, useQuery } from "@tanstack/react-query";
import { CheckCircle2, Database, RefreshCw, XCircle } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useErrorText, useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { HospitalStatusBadge } from "../labels";
import { useRefreshHospitals } from "../hospitals/use-refresh";
import { HealthTable } from "./health-table";
import { MigrateAllButton } from "./migrate-all-button";

type MigrationResult = { code: string; ok: boolean; error?: string; applied?: number; version?: number };

export function SystemHealth() {
  const t = useTranslations("superadmin.health");
  const format = useFormatter();
  const trpc = useTRPC();
  const refreshAll = useRefreshHospitals();
  const errorText = useErrorText();
  const showError = useErrorToast();
  const health = useQuery(trpc.system.health.queryOptions(undefined, { staleTime: 0 }));
  const [results, setResults] = useState<MigrationResult[] | null>(null);
  const migrate = useMutation(
    trpc.system.migrate.mutationOptions({
      onSuccess: (r) => {
        setResults(r.results);
        if (r.failed === 0) toast.success(t("migrated", { count: r.results.length }));
        else toast.error(t("migrateFailed", { failed: r.failed, count: r.results.length }));
        refreshAll();
      },
      onError: showError,
    }),
  );
  const data = health.data;
  const behind = data?.hospitals.filter((h) => !h.upToDate).length ?? 0;

  return (
    <div className="space-y-4">
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Database className="size-5" aria-hidden />
            {t("mainTitle")}
          </CardTitle>
          <CardDescription>
            {data ? t("checkedAt", { at: format.dateTime(data.checkedAt, { timeStyle: "medium" }) }) : t("checking")}
          </CardDescription>
          <CardAction>
            <Button variant="outline" onClick={() => void health.refetch()} disabled={health.isFetching}>
              <RefreshCw className={health.isFetching ? "animate-spin" : undefined} aria-hidden />
              {t("checkAgain")}
            </Button>
          </CardAction>
        </CardHeader>
        <CardContent>
          {health.isLoading || !data ? (
            health.isError ? (
              <Alert variant="destructive">
                <AlertDescription>{errorText(health.error)}</AlertDescription>
              </Alert>
            ) : (
              <Skeleton className="h-12 w-full" />
            )
          ) : (
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm" data-testid="main-db-health">
              <span className="flex items-center gap-2 font-medium">
                {data.main.reachable ? (
                  <CheckCircle2 className="size-4 text-success" aria-hidden />
                ) : (
                  <XCircle className="size-4 text-destructive" aria-hidden />
                )}
                {data.main.reachable ? t("reachable") : t("unreachable")}
              </span>
              <span>{t("dialect", { dialect: data.dialect === "pg" ? "PostgreSQL" : "libsql (SQLite)" })}</span>
              <span>{t("latency", { ms: data.main.latencyMs })}</span>
              {data.main.schemaVersion !== null && (
                <span>
                  {t("schemaVersion", { version: data.main.schemaVersion, latest: data.main.latestSchemaVersion })}
                </span>
              )}
              {data.main.error && <span className="text-destructive">{data.main.error}</span>}
            </div>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("hospitalsTitle")}</CardTitle>
          <CardDescription>
            {data
              ? t("hospitalsSummary", { total: data.hospitals.length, behind, latest: data.latestSchemaVersion })
              : t("checking")}
          </CardDescription>
          <CardAction>
            <MigrateAllButton
              pending={migrate.isPending && !migrate.variables?.code}
              disabled={migrate.isPending || !data?.hospitals.length}
              onConfirm={() => migrate.mutate({})}
            />
          </CardAction>
        </CardHeader>
        <CardContent className="space-y-4">
          {results && (
            <Alert variant={results.every((r) => r.ok) ? "default" : "destructive"}>
              <AlertTitle>{t("resultsTitle")}</AlertTitle>
              <AlertDescription>
                <ul className="space-y-1">
                  {results.map((r) => (
                    <li key={r.code} className="flex flex-wrap items-center gap-2">
                      <Badge variant={r.ok ? "success" : "destructive"}>{r.code}</Badge>
                      {r.ok ? t("resultOk", { applied: r.applied ?? 0, version: r.version ?? 0 }) : r.error}
                    </li>
                  ))}
                </ul>
              </AlertDescription>
            </Alert>
          )}
          <HealthTable
            rows={data?.hospitals}
            latest={data?.latestSchemaVersion ?? 0}
            loading={health.isLoading}
            migrating={migrate.isPending ? (migrate.variables?.code ?? "*") : null}
            onMigrate={(code) => migrate.mutate({ code })}
            statusBadge={(h) => <HospitalStatusBadge status={h.status} />}
          />
        </CardContent>
      </Card>
    </div>
  );
}
