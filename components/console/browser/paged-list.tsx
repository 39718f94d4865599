"use client";
// A read-only, server-paged list of the data browser: its filters above, a TanStack table, and the pager.
import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type PaginationState,
} from "@tanstack/react-table";
import { useState, type ReactNode } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { DataTable, TablePager } from "../data-table";

export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

/** page state for one list; any filter change should call `first()` so the list starts again at page 1 */
export function usePaging(pageSize = 25) {
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  return {
    pagination,
    setPagination,
    page: { page: pagination.pageIndex + 1, pageSize: pagination.pageSize },
    first: () => setPagination((p) => ({ ...p, pageIndex: 0 })),
  };
}

export function PagedList<T extends { id: string }>(props: {
  columns: ColumnDef<T>[];
  query: { data?: Paged<T>; isLoading: boolean; error: { message: string } | null };
  pagination: PaginationState;
  onPaginationChange: OnChangeFn<PaginationState>;
  filters: ReactNode;
  emptyTitle: string;
  rowTestId: string;
}) {
  const total = props.query.data?.total ?? 0;
  const table = useReactTable({
    data: props.query.data?.items ?? [],
    columns: props.columns,
    state: { pagination: props.pagination },
    onPaginationChange: props.onPaginationChange,
    manualPagination: true,
    pageCount: Math.max(1, Math.ceil(total / props.pagination.pageSize)),
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
  });
  return (
    <div className="space-y-3">
      <div className="grid gap-2 sm:grid-cols-2 xl:grid-cols-4" role="search">
        {props.filters}
      </div>
      {props.query.error ? (
        <Alert variant="destructive">
          <AlertDescription>{props.query.error.message}</AlertDescription>
        </Alert>
      ) : (
        <>
          <DataTable
            table={table}
            loading={props.query.isLoading}
            emptyTitle={props.emptyTitle}
            rowTestId={props.rowTestId}
          />
          <TablePager table={table} total={total} />
        </>
      )}
    </div>
  );
}
