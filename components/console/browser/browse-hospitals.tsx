"use client";
// Data browser: hospitals (control rows), filtered by text, plan and status.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { HOSPITAL_STATUSES, PLANS, type HospitalStatus, type Plan } from "@/shared/enums";
import { useTRPC } from "@/components/trpc/client";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useDay } from "../format";
import { HospitalStatusBadge, PlanBadge } from "../labels";
import type { BrowseHospital } from "../types";
import { useDebounced } from "../use-debounced";
import { PagedList, usePaging } from "./paged-list";

export function BrowseHospitals() {
  const t = useTranslations("superadmin.browser");
  const ts = useTranslations("superadmin");
  const day = useDay();
  const trpc = useTRPC();
  const paging = usePaging();
  const [search, setSearch] = useState("");
  const [plan, setPlan] = useState<Plan | "">("");
  const [status, setStatus] = useState<HospitalStatus | "">("");
  const q = useDebounced(search.trim());
  const query = useQuery(
    trpc.browse.hospitals.queryOptions(
      { search: q || undefined, plan: plan || undefined, status: status || undefined, ...paging.page },
      { placeholderData: keepPreviousData },
    ),
  );
  const columns = useMemo<ColumnDef<BrowseHospital>[]>(
    () => [
      {
        id: "code",
        header: t("code"),
        cell: ({ row }) => <span className="font-mono font-medium">{row.original.code}</span>,
      },
      { id: "name", header: t("name"), cell: ({ row }) => row.original.name },
      {
        id: "contact",
        header: t("contact"),
        cell: ({ row }) => (
          <span dir="ltr">{[row.original.email, row.original.phone].filter(Boolean).join(" · ")}</span>
        ),
      },
      {
        id: "place",
        header: t("place"),
        cell: ({ row }) => [row.original.city, row.original.country].filter(Boolean).join(", ") || "—",
      },
      { id: "plan", header: t("plan"), cell: ({ row }) => <PlanBadge plan={row.original.plan} /> },
      { id: "status", header: t("status"), cell: ({ row }) => <HospitalStatusBadge status={row.original.status} /> },
      {
        id: "subscription",
        header: t("subscription"),
        cell: ({ row }) =>
          `${day(row.original.subscriptionStartsAt)} – ${row.original.subscriptionEndsAt ? day(row.original.subscriptionEndsAt) : "∞"}`,
      },
      { id: "schema", header: t("schema"), cell: ({ row }) => `v${row.original.schemaVersion}` },
      { id: "created", header: t("created"), cell: ({ row }) => day(row.original.createdAt) },
    ],
    [t, day],
  );
  return (
    <PagedList
      columns={columns}
      query={query}
      pagination={paging.pagination}
      onPaginationChange={paging.setPagination}
      emptyTitle={t("empty")}
      rowTestId="browse-hospital-row"
      filters={
        <>
          <Input
            type="search"
            aria-label={t("search")}
            placeholder={t("searchHospitals")}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              paging.first();
            }}
          />
          <NativeSelect
            aria-label={t("plan")}
            value={plan}
            onChange={(e) => {
              setPlan(e.target.value as Plan | "");
              paging.first();
            }}
          >
            <option value="">{t("anyPlan")}</option>
            {PLANS.map((p) => (
              <option key={p} value={p}>
                {ts(`plans.${p}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label={t("status")}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as HospitalStatus | "");
              paging.first();
            }}
          >
            <option value="">{t("anyStatus")}</option>
            {HOSPITAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(`statuses.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </>
      }
    />
  );
}
