"use client";
// The hospitals table of the console: search, filter by plan and status, sort and page (TanStack Table, on the
// client: the list carries every hospital with its per-database numbers), and the dialogs that change a hospital.
import { useQuery } from "@tanstack/react-query";
import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type FilterFn,
  type SortingState,
} from "@tanstack/react-table";
import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { HOSPITAL_STATUSES, PLANS } from "@/shared/enums";
import { DataTable, TablePager } from "../data-table";
import type { ConsoleHospital } from "../types";
import { useHospitalColumns, type HospitalAction } from "./columns";
import { CreateHospitalDialog } from "./create-hospital-dialog";
import { EditHospitalDialog } from "./edit-hospital-dialog";
import { PlanDialog } from "./plan-dialog";
import { StatusDialog } from "./status-dialog";
import { SubscriptionDialog } from "./subscription-dialog";

const matchesSearch: FilterFn<ConsoleHospital> = (row, _columnId, value: string) => {
  const q = value.trim().toLowerCase();
  const h = row.original;
  return !q || [h.code, h.name, h.city, h.country, h.email].some((f) => f.toLowerCase().includes(q));
};

export function HospitalsTable() {
  const t = useTranslations("superadmin.hospitals");
  const ts = useTranslations("superadmin");
  const trpc = useTRPC();
  const list = useQuery(trpc.hospital.list.queryOptions({}));
  const [sorting, setSorting] = useState<SortingState>([{ id: "code", desc: false }]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState("");
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: 10 });
  const [action, setAction] = useState<{ kind: HospitalAction; hospital: ConsoleHospital } | null>(null);
  const onAction = useCallback((kind: HospitalAction, hospital: ConsoleHospital) => setAction({ kind, hospital }), []);
  const columns = useHospitalColumns(onAction);

  const table = useReactTable({
    data: list.data ?? [],
    columns,
    state: { sorting, columnFilters, globalFilter, pagination },
    onSortingChange: setSorting,
    onColumnFiltersChange: (f) => {
      setColumnFilters(f);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onGlobalFilterChange: (v) => {
      setGlobalFilter(String(v ?? ""));
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onPaginationChange: setPagination,
    globalFilterFn: matchesSearch,
    getRowId: (h) => h.code,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  const filterOf = (id: string) => (columnFilters.find((f) => f.id === id)?.value as string | undefined) ?? "";
  const close = () => setAction(null);

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("intro")}</CardDescription>
        <CardAction className="flex gap-2">
          <Button
            variant="outline"
            size="icon"
            onClick={() => void list.refetch()}
            disabled={list.isFetching}
            aria-label={t("refresh")}
          >
            <RefreshCw className={list.isFetching ? "animate-spin" : undefined} aria-hidden />
          </Button>
          <CreateHospitalDialog />
        </CardAction>
      </CardHeader>
      <CardContent>
        <div className="mb-3 grid gap-2 sm:grid-cols-[minmax(0,1fr)_12rem_12rem]" role="search">
          <Input
            type="search"
            placeholder={t("searchPlaceholder")}
            aria-label={t("search")}
            value={globalFilter}
            onChange={(e) => table.setGlobalFilter(e.target.value)}
          />
          <NativeSelect
            aria-label={t("filterPlan")}
            value={filterOf("plan")}
            onChange={(e) => table.getColumn("plan")?.setFilterValue(e.target.value || undefined)}
          >
            <option value="">{t("allPlans")}</option>
            {PLANS.map((p) => (
              <option key={p} value={p}>
                {ts(`plans.${p}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label={t("filterStatus")}
            value={filterOf("status")}
            onChange={(e) => table.getColumn("status")?.setFilterValue(e.target.value || undefined)}
          >
            <option value="">{t("allStatuses")}</option>
            {HOSPITAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(`statuses.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {list.isError ? (
          <Alert variant="destructive">
            <AlertDescription>{list.error.message}</AlertDescription>
          </Alert>
        ) : (
          <>
            <DataTable
              table={table}
              loading={list.isLoading}
              emptyTitle={list.data?.length ? t("noMatch") : t("empty")}
              emptyDescription={list.data?.length ? undefined : t("emptyHint")}
              rowTestId="hospital-row"
            />
            <TablePager table={table} total={table.getFilteredRowModel().rows.length} />
          </>
        )}
      </CardContent>
      {action?.kind === "edit" && <EditHospitalDialog hospital={action.hospital} onClose={close} />}
      {action?.kind === "plan" && <PlanDialog hospital={action.hospital} onClose={close} />}
      {action?.kind === "status" && <StatusDialog hospital={action.hospital} onClose={close} />}
      {action?.kind === "subscription" && <SubscriptionDialog hospital={action.hospital} onClose={close} />}
    </Card>
  );
}
