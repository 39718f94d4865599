"use client";
// Data browser: departments of every hospital, with their head.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useDay } from "../format";
import type { BrowseDepartment } from "../types";
import { useDebounced } from "../use-debounced";
import { HospitalCodeFilter, validCode } from "./hospital-code-filter";
import { PagedList, usePaging } from "./paged-list";

export function BrowseDepartments() {
  const t = useTranslations("superadmin.browser");
  const day = useDay();
  const trpc = useTRPC();
  const paging = usePaging();
  const [search, setSearch] = useState("");
  const [code, setCode] = useState("");
  const [active, setActive] = useState<"" | "yes" | "no">("");
  const q = useDebounced(search.trim());
  const hospitalCode = useDebounced(validCode(code));
  const query = useQuery(
    trpc.browse.departments.queryOptions(
      { search: q || undefined, hospitalCode, active: active === "" ? undefined : active === "yes", ...paging.page },
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
      {
        id: "state",
        header: t("state"),
        cell: ({ row }) => (
          <Badge variant={row.original.isActive ? "success" : "secondary"}>
            {row.original.isActive ? t("active") : t("inactive")}
          </Badge>
        ),
      },
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
      rowTestId="browse-department-row"
      filters={
        <>
          <Input
            type="search"
            aria-label={t("search")}
            placeholder={t("searchDepartments")}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              paging.first();
            }}
          />
          <HospitalCodeFilter
            value={code}
            onChange={(v) => {
              setCode(v);
              paging.first();
            }}
          />
          <NativeSelect
            aria-label={t("state")}
            value={active}
            onChange={(e) => {
              setActive(e.target.value as "" | "yes" | "no");
              paging.first();
            }}
          >
            <option value="">{t("anyState")}</option>
            <option value="yes">{t("active")}</option>
            <option value="no">{t("inactive")}</option>
          </NativeSelect>
        </>
      }
    />
  );
}
