"use client";
// Data browser: departments of every hospital, with their head.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useDebounced, usePagedFilters } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { useDay } from "../format";
import type { BrowseDepartment } from "../types";
import { HospitalCodeFilter, validCode } from "./hospital-code-filter";
import { ActiveBadge, activeOf, ActiveFilter, PagedList, type ActiveChoice } from "./paged-list";

export function BrowseDepartments() {
  const t = useTranslations("superadmin.browser");
  const day = useDay();
  const trpc = useTRPC();
  const browse = usePagedFilters({ search: "", code: "", active: "" as ActiveChoice });
  const { paging, filters: f, set } = browse;
  const q = useDebounced(f.search.trim());
  const hospitalCode = useDebounced(validCode(f.code));
  const query = useQuery(
    trpc.browse.departments.queryOptions(
      { search: q || undefined, hospitalCode, active: activeOf(f.active), ...paging.page },
      { placeholderData: keepPreviousData },
    ),
  );
  const columns = useMemo<ColumnDef<BrowseDepartment>[]>(
    () => [
      {
        id: "hospital",
        header: t("hospital"),
        cell: ({ row }) => <span className="font-mono">{row.original.hospitalCode}</span>,
      },
      { id: "code", header: t("code"), cell: ({ row }) => <span className="font-mono">{row.original.code}</span> },
      { id: "name", header: t("name"), cell: ({ row }) => row.original.name },
      {
        id: "head",
        header: t("head"),
        cell: ({ row }) =>
          row.original.headFirstName ? `${row.original.headFirstName} ${row.original.headLastName ?? ""}` : "—",
      },
      { id: "state", header: t("state"), cell: ({ row }) => <ActiveBadge active={row.original.isActive} /> },
      { id: "created", header: t("created"), cell: ({ row }) => day(row.original.createdAt) },
    ],
    [t, day],
  );
  return (
    <PagedList
      columns={columns}
      query={query}
      browse={browse}
      searchPlaceholder={t("searchDepartments")}
      rowTestId="browse-department-row"
      filters={
        <>
          <HospitalCodeFilter value={f.code} onChange={(code) => set({ code })} />
          <ActiveFilter value={f.active} onChange={(active) => set({ active })} />
        </>
      }
    />
  );
}
