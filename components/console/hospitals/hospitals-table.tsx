"use client";
// The hospitals table of the console: search, filter by plan and status, sort and page (on the client: the list
// carries every hospital with its per-database numbers), and the dialogs that change a hospital.
import { useQuery } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DataTable, FilterBar, SearchFilter, SelectFilter } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { HospitalStatus, Plan } from "@/shared/enums";
import { usePlanOptions, useStatusOptions } from "../labels";
import type { ConsoleHospital } from "../types";
import { HospitalActionsMenu, useHospitalColumns, type HospitalAction } from "./columns";
import { CreateHospitalDialog } from "./create-hospital-dialog";
import { EditHospitalDialog } from "./edit-hospital-dialog";
import { PlanDialog } from "./plan-dialog";
import { StatusDialog } from "./status-dialog";
import { SubscriptionDialog } from "./subscription-dialog";

const matches = (h: ConsoleHospital, q: string) =>
  !q || [h.code, h.name, h.city, h.country, h.email].some((f) => f.toLowerCase().includes(q));

export function HospitalsTable() {
  const t = useTranslations("superadmin.hospitals");
  const plans = usePlanOptions();
  const statuses = useStatusOptions();
  const trpc = useTRPC();
  const list = useQuery(trpc.hospital.list.queryOptions({}));
  const [search, setSearch] = useState("");
  const [plan, setPlan] = useState<Plan | "">("");
  const [status, setStatus] = useState<HospitalStatus | "">("");
  const [action, setAction] = useState<{ kind: HospitalAction; hospital: ConsoleHospital } | null>(null);
  const columns = useHospitalColumns();
  const q = search.trim().toLowerCase();
  const rows = useMemo(
    () => list.data?.filter((h) => matches(h, q) && (!plan || h.plan === plan) && (!status || h.status === status)),
    [list.data, q, plan, status],
  );
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
      <CardContent className="space-y-3">
        <FilterBar className="sm:grid-cols-[minmax(0,1fr)_12rem_12rem] xl:grid-cols-[minmax(0,1fr)_12rem_12rem]">
          <SearchFilter label={t("search")} placeholder={t("searchPlaceholder")} value={search} onChange={setSearch} />
          <SelectFilter label={t("filterPlan")} any={t("allPlans")} options={plans} value={plan} onChange={setPlan} />
          <SelectFilter
            label={t("filterStatus")}
            any={t("allStatuses")}
            options={statuses}
            value={status}
            onChange={setStatus}
          />
        </FilterBar>
        <DataTable
          columns={columns}
          data={rows}
          getRowId={(h) => h.code}
          loading={list.isLoading}
          error={list.error}
          initialSorting={[{ id: "code", desc: false }]}
          pagination={{ mode: "client", pageSize: 10, resetKey: `${q}|${plan}|${status}` }}
          empty={{
            title: list.data?.length ? t("noMatch") : t("empty"),
            description: list.data?.length ? undefined : t("emptyHint"),
          }}
          rowTestId="hospital-row"
          rowActionsLabel={t("actions")}
          rowActions={(h) => <HospitalActionsMenu hospital={h} onAction={(kind) => setAction({ kind, hospital: h })} />}
        />
      </CardContent>
      {action?.kind === "edit" && <EditHospitalDialog hospital={action.hospital} onClose={close} />}
      {action?.kind === "plan" && <PlanDialog hospital={action.hospital} onClose={close} />}
      {action?.kind === "status" && <StatusDialog hospital={action.hospital} onClose={close} />}
      {action?.kind === "subscription" && <SubscriptionDialog hospital={action.hospital} onClose={close} />}
    </Card>
  );
}
