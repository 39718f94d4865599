"use client";
// Data browser: the control audit log (sign-ins, administration, super admin views), newest first.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { SearchFilter, SelectFilter, useDebounced, usePagedFilters } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import type { BrowseAuditEntry } from "../types";
import { HospitalCodeFilter, validCode } from "./hospital-code-filter";
import { PagedList } from "./paged-list";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function BrowseAuditLog() {
  const t = useTranslations("superadmin.browser");
  const format = useFormatter();
  const trpc = useTRPC();
  const browse = usePagedFilters(
    { code: "", action: "", actor: "", outcome: "" as "" | "SUCCESS" | "FAILURE", from: "", to: "" },
    50,
  );
  const { paging, filters: f, set } = browse;
  // strings, not one object: a fresh object every render would never settle
  const text = {
    action: useDebounced(f.action.trim()),
    actor: useDebounced(f.actor.trim()),
    code: useDebounced(validCode(f.code)),
  };
  const from = DAY.test(f.from) ? f.from : undefined;
  const to = DAY.test(f.to) && (!from || f.to >= from) ? f.to : undefined;
  const query = useQuery(
    trpc.browse.auditLog.queryOptions(
      {
        hospitalCode: text.code,
        action: text.action || undefined,
        actor: text.actor || undefined,
        outcome: f.outcome || undefined,
        from,
        to,
        ...paging.page,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const columns = useMemo<ColumnDef<BrowseAuditEntry>[]>(
    () => [
      {
        id: "at",
        header: t("at"),
        cell: ({ row }) => format.dateTime(row.original.at, { dateStyle: "medium", timeStyle: "medium" }),
      },
      { id: "action", header: t("action"), cell: ({ row }) => <code className="text-xs">{row.original.action}</code> },
      {
        id: "outcome",
        header: t("outcome"),
        cell: ({ row }) => (
          <Badge variant={row.original.outcome === "SUCCESS" ? "success" : "destructive"}>
            {t(`outcome_${row.original.outcome}`)}
          </Badge>
        ),
      },
      {
        id: "actor",
        header: t("actor"),
        cell: ({ row }) => <span dir="ltr">{row.original.actorUsername || "—"}</span>,
      },
      {
        id: "hospital",
        header: t("hospital"),
        cell: ({ row }) =>
          row.original.hospitalCode ? <span className="font-mono">{row.original.hospitalCode}</span> : "—",
      },
      { id: "ip", header: t("ip"), cell: ({ row }) => <span dir="ltr">{row.original.ip || "—"}</span> },
      {
        id: "detail",
        header: t("detail"),
        cell: ({ row }) => {
          const e = row.original;
          const target = e.targetType ? `${e.targetType} ${e.targetId}` : "";
          if (!e.detail && !target) return "—";
          return (
            <details className="max-w-md">
              <summary className="cursor-pointer text-xs text-muted-foreground">{target || t("show")}</summary>
              <pre className="mt-1 max-h-48 overflow-auto rounded bg-muted p-2 text-xs whitespace-pre-wrap" dir="ltr">
                {JSON.stringify({ host: e.host || undefined, ...(e.detail ?? {}) }, null, 2)}
              </pre>
            </details>
          );
        },
      },
    ],
    [t, format],
  );
  return (
    <PagedList
      columns={columns}
      query={query}
      browse={browse}
      emptyTitle={t("emptyAudit")}
      rowTestId="audit-row"
      filters={
        <>
          <SearchFilter
            label={t("action")}
            placeholder={t("actionPlaceholder")}
            value={f.action}
            dir="ltr"
            onChange={(action) => set({ action })}
          />
          <SearchFilter label={t("actor")} value={f.actor} dir="ltr" onChange={(actor) => set({ actor })} />
          <HospitalCodeFilter value={f.code} onChange={(code) => set({ code })} />
          <SelectFilter
            label={t("outcome")}
            any={t("anyOutcome")}
            options={(["SUCCESS", "FAILURE"] as const).map((o) => ({ value: o, label: t(`outcome_${o}`) }))}
            value={f.outcome}
            onChange={(outcome) => set({ outcome })}
          />
          <label className="grid gap-1 text-xs text-muted-foreground">
            {t("from")}
            <Input type="date" value={f.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label className="grid gap-1 text-xs text-muted-foreground">
            {t("to")}
            <Input type="date" value={f.to} min={f.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          </label>
        </>
      }
    />
  );
}
