"use client";
// Data browser: the control audit log (sign-ins, administration, super admin views), newest first.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { BrowseAuditEntry } from "../types";
import { useDebounced } from "../use-debounced";
import { HospitalCodeFilter, validCode } from "./hospital-code-filter";
import { PagedList, usePaging } from "./paged-list";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function BrowseAuditLog() {
  const t = useTranslations("superadmin.browser");
  const format = useFormatter();
  const trpc = useTRPC();
  const paging = usePaging(50);
  const [f, setF] = useState({
    code: "",
    action: "",
    actor: "",
    outcome: "" as "" | "SUCCESS" | "FAILURE",
    from: "",
    to: "",
  });
  const set = (patch: Partial<typeof f>) => {
    setF((old) => ({ ...old, ...patch }));
    paging.first();
  };
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
      pagination={paging.pagination}
      onPaginationChange={paging.setPagination}
      emptyTitle={t("emptyAudit")}
      rowTestId="audit-row"
      filters={
        <>
          <Input
            type="search"
            aria-label={t("action")}
            placeholder={t("actionPlaceholder")}
            value={f.action}
            dir="ltr"
            onChange={(e) => set({ action: e.target.value })}
          />
          <Input
            type="search"
            aria-label={t("actor")}
            placeholder={t("actor")}
            value={f.actor}
            dir="ltr"
            onChange={(e) => set({ actor: e.target.value })}
          />
          <HospitalCodeFilter value={f.code} onChange={(code) => set({ code })} />
          <NativeSelect
            aria-label={t("outcome")}
            value={f.outcome}
            onChange={(e) => set({ outcome: e.target.value as "" | "SUCCESS" | "FAILURE" })}
          >
            <option value="">{t("anyOutcome")}</option>
            <option value="SUCCESS">{t("outcome_SUCCESS")}</option>
            <option value="FAILURE">{t("outcome_FAILURE")}</option>
          </NativeSelect>
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
