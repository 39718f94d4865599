"use client";
// A read-only, server-paged list of the data browser: its filters above the one data table, with the page.
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DataTable, FilterBar, SearchFilter, SelectFilter, type useServerPaging } from "@/components/data-table";
import { Badge } from "@/components/ui/badge";

export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

type Browse<F> = { paging: ReturnType<typeof useServerPaging>; filters: F; set: (patch: Partial<F>) => void };

export function PagedList<T extends { id: string }, F extends object>(props: {
  columns: ColumnDef<T, unknown>[];
  query: { data?: Paged<NoInfer<T>>; isLoading: boolean; error: unknown };
  browse: Browse<F>;
  /** a search box for `filters.search` (a string filter of that name), first */
  searchPlaceholder?: string;
  /** the other filters */
  filters: ReactNode;
  emptyTitle?: string;
  rowTestId: string;
}) {
  const t = useTranslations("superadmin.browser");
  const { paging, filters, set } = props.browse;
  return (
    <div className="space-y-3">
      <FilterBar>
        {props.searchPlaceholder && (
          <SearchFilter
            label={t("search")}
            placeholder={props.searchPlaceholder}
            value={(filters as { search?: string }).search ?? ""}
            onChange={(search) => set({ search } as unknown as Partial<F>)}
          />
        )}
        {props.filters}
      </FilterBar>
      <DataTable
        columns={props.columns}
        data={props.query.data?.items}
        getRowId={(r) => r.id}
        loading={props.query.isLoading}
        error={props.query.error}
        pagination={{ mode: "server", total: props.query.data?.total ?? 0, ...paging }}
        empty={{ title: props.emptyTitle ?? t("empty") }}
        rowTestId={props.rowTestId}
      />
    </div>
  );
}

export type ActiveChoice = "" | "yes" | "no";
export const activeOf = (v: ActiveChoice) => (v === "" ? undefined : v === "yes");

/** any / active / inactive */
export function ActiveFilter({ value, onChange }: { value: ActiveChoice; onChange: (v: ActiveChoice) => void }) {
  const t = useTranslations("superadmin.browser");
  return (
    <SelectFilter
      label={t("state")}
      any={t("anyState")}
      options={[
        { value: "yes", label: t("active") },
        { value: "no", label: t("inactive") },
      ]}
      value={value}
      onChange={onChange}
    />
  );
}

/** active or deactivated, as a badge */
export function ActiveBadge({ active }: { active: boolean }) {
  const t = useTranslations("superadmin.browser");
  return <Badge variant={active ? "success" : "secondary"}>{active ? t("active") : t("inactive")}</Badge>;
}
