"use client";
// Data browser: hospitals (control rows), filtered by text, plan and status.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { HospitalStatus, Plan } from "@/shared/enums";
import { SelectFilter, useDebounced, usePagedFilters } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { useDay } from "../format";
import { HospitalStatusBadge, PlanBadge, usePlanOptions, useStatusOptions } from "../labels";
import type { BrowseHospital } from "../types";
import { PagedList } from "./paged-list";

export function BrowseHospitals() {
  const t = useTranslations("superadmin.browser");
  const plans = usePlanOptions();
  const statuses = useStatusOptions();
  const day = useDay();
  const trpc = useTRPC();
  const browse = usePagedFilters({ search: "", plan: "" as Plan | "", status: "" as HospitalStatus | "" });
  const { paging, filters: f, set } = browse;
  const q = useDebounced(f.search.trim());
  const query = useQuery(
    trpc.browse.hospitals.queryOptions(
      { search: q || undefined, plan: f.plan || undefined, status: f.status || undefined, ...paging.page },
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
      browse={browse}
      searchPlaceholder={t("searchHospitals")}
      rowTestId="browse-hospital-row"
      filters={
        <>
          <SelectFilter
            label={t("plan")}
            any={t("anyPlan")}
            options={plans}
            value={f.plan}
            onChange={(plan) => set({ plan })}
          />
          <SelectFilter
            label={t("status")}
            any={t("anyStatus")}
            options={statuses}
            value={f.status}
            onChange={(status) => set({ status })}
          />
        </>
      }
    />
  );
}
