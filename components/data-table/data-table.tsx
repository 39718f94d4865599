"use client";
// The one data table: TanStack Table on the shadcn table primitives. Sortable headers (buttons, so keyboard-friendly;
// columns with an accessor sort on the client), skeleton rows while loading, an empty state, an error in the user's
// language, a row-actions column, and optional pagination: client pages, server pages, or "load more".
import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type PaginationState,
  type SortingState,
  type Table as TanStackTable,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { useErrorText } from "@/components/form/use-errors";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type DataTablePagination =
  /** every row is loaded; the table pages them (resetKey: back to page 1 when it changes, e.g. the filters) */
  | { mode: "client"; pageSize?: number; resetKey?: unknown }
  /** the server pages: the caller holds the page (it is part of the query) */
  | { mode: "server"; total: number; state: PaginationState; onChange: OnChangeFn<PaginationState> }
  /** a growing list: "Load more" under the rows */
  | { mode: "more"; hasMore: boolean; loadingMore: boolean; onLoadMore: () => void; label?: string };

export type DataTableProps<T> = {
  columns: ColumnDef<T, unknown>[];
  data: T[] | undefined;
  getRowId: (row: T) => string;
  loading?: boolean;
  /** the list could not be read: shown instead of the table */
  error?: unknown;
  empty: { title: string; description?: ReactNode; icon?: ReactNode };
  /** the table's name for screen readers */
  caption?: string;
  testId?: string;
  rowTestId?: string;
  initialSorting?: SortingState;
  pagination?: DataTablePagination;
  /** the actions of one row, in a last column */
  rowActions?: (row: T) => ReactNode;
  rowActionsLabel?: string;
};

type Meta = { className?: string } | undefined;
const NO_ROWS: never[] = [];
const PAGE_SIZES = [10, 25, 50, 100];

export function DataTable<T>(props: DataTableProps<T>) {
  "use no memo";
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const paging = props.pagination;
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [clientPage, setClientPage] = useState<PaginationState>({
    pageIndex: 0,
    pageSize: paging?.mode === "client" ? (paging.pageSize ?? 10) : 10,
  });
  const resetKey = paging?.mode === "client" ? paging.resetKey : undefined;
  const [seenKey, setSeenKey] = useState(resetKey);
  if (!Object.is(resetKey, seenKey)) {
    setSeenKey(resetKey);
    setClientPage((p) => ({ ...p, pageIndex: 0 }));
  }
  const { rowActions, rowActionsLabel } = props;
  const columns = useMemo<ColumnDef<T, unknown>[]>(
    () =>
      rowActions
        ? [
            ...props.columns,
            {
              id: "actions",
              enableSorting: false,
              header: () => <span className="sr-only">{rowActionsLabel ?? tc("actions")}</span>,
              cell: ({ row }) => rowActions(row.original),
              meta: { className: "text-end" },
            },
          ]
        : props.columns,
    [props.columns, rowActions, rowActionsLabel, tc],
  );
  // TanStack Table hands out fresh functions on every render: this component is not memoized ("use no memo" above)
  // eslint-disable-next-line react-hooks/incompatible-library -- the compiler reports the library even when opted out
  const table = useReactTable({
    data: props.data ?? NO_ROWS,
    columns,
    getRowId: props.getRowId,
    state: {
      sorting,
      ...(paging?.mode === "client" ? { pagination: clientPage } : {}),
      ...(paging?.mode === "server" ? { pagination: paging.state } : {}),
    },
    onSortingChange: setSorting,
    onPaginationChange:
      paging?.mode === "client" ? setClientPage : paging?.mode === "server" ? paging.onChange : undefined,
    manualPagination: paging?.mode === "server",
    pageCount: paging?.mode === "server" ? Math.max(1, Math.ceil(paging.total / paging.state.pageSize)) : undefined,
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: paging?.mode === "client" ? getPaginationRowModel() : undefined,
  });

  if (props.error)
    return (
      <Alert variant="destructive">
        <AlertDescription>{errorText(props.error)}</AlertDescription>
      </Alert>
    );
  const rows = table.getRowModel().rows;
  const width = table.getVisibleLeafColumns().length;
  return (
    <div className="space-y-3">
      <Table data-testid={props.testId} aria-busy={props.loading || undefined}>
        {props.caption && <caption className="sr-only">{props.caption}</caption>}
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => (
                <SortableHead key={header.id} header={header} />
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {props.loading && rows.length === 0 ? (
            Array.from({ length: 5 }, (_, i) => (
              <TableRow key={`skeleton-${i}`}>
                {table.getVisibleLeafColumns().map((c) => (
                  <TableCell key={c.id}>
                    <Skeleton className="h-5 w-full max-w-40" />
                  </TableCell>
                ))}
              </TableRow>
            ))
          ) : rows.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={width}>
                <EmptyState
                  icon={props.empty.icon ?? <Inbox />}
                  title={props.empty.title}
                  description={props.empty.description}
                />
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id} data-testid={props.rowTestId}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={(cell.column.columnDef.meta as Meta)?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      {(paging?.mode === "client" || paging?.mode === "server") && (
        <Pager
          table={table}
          total={paging.mode === "server" ? paging.total : table.getPrePaginationRowModel().rows.length}
        />
      )}
      {paging?.mode === "more" && paging.hasMore && (
        <div className="flex justify-center">
          <Button variant="outline" onClick={paging.onLoadMore} disabled={paging.loadingMore}>
            {paging.loadingMore && <Spinner aria-hidden />}
            {paging.label ?? tc("loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
}

type Header<T> = ReturnType<TanStackTable<T>["getHeaderGroups"]>[number]["headers"][number];

function SortableHead<T>({ header }: { header: Header<T> }) {
  const t = useTranslations("common.table");
  const sorted = header.column.getIsSorted();
  const label = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
  return (
    <TableHead
      className={(header.column.columnDef.meta as Meta)?.className}
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
    >
      {header.column.getCanSort() ? (
        <Button
          variant="ghost"
          size="sm"
          className="-ms-3 h-8"
          onClick={header.column.getToggleSortingHandler()}
          title={t("sort")}
        >
          {label}
          {sorted === "asc" ? (
            <ArrowUp aria-hidden />
          ) : sorted === "desc" ? (
            <ArrowDown aria-hidden />
          ) : (
            <ArrowUpDown aria-hidden className="opacity-50" />
          )}
        </Button>
      ) : (
        label
      )}
    </TableHead>
  );
}

/** "21–40 of 75" with previous/next and a page-size choice; the same for client and server pages */
function Pager<T>({ table, total }: { table: TanStackTable<T>; total: number }) {
  const t = useTranslations("common.table");
  const { pageIndex, pageSize } = table.getState().pagination;
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
      <span aria-live="polite">{t("range", { from, to, total })}</span>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2">
          <span className="whitespace-nowrap">{t("pageSize")}</span>
          <NativeSelect
            wrapperClassName="w-20"
            value={pageSize}
            onChange={(e) => table.setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </NativeSelect>
        </label>
        <Button
          variant="outline"
          size="icon"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
          aria-label={t("previous")}
        >
          <ChevronLeft className="rtl:rotate-180" aria-hidden />
        </Button>
        <Button
          variant="outline"
          size="icon"
          onClick={() => table.nextPage()}
          disabled={!table.getCanNextPage()}
          aria-label={t("next")}
        >
          <ChevronRight className="rtl:rotate-180" aria-hidden />
        </Button>
      </div>
    </div>
  );
}
