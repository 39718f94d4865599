"use client";
// One TanStack table rendered with the shadcn table primitives: sortable headers (buttons, so keyboard-friendly),
// skeleton rows while loading, an empty state, and a pager. Used by every console list, client- or server-paged.
import { flexRender, type Table as TanStackTable } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function DataTable<T>({
  table,
  loading,
  emptyTitle,
  emptyDescription,
  rowTestId,
}: {
  table: TanStackTable<T>;
  loading: boolean;
  emptyTitle: string;
  emptyDescription?: string;
  rowTestId?: string;
}) {
  const t = useTranslations("superadmin.table");
  const columns = table.getVisibleLeafColumns().length;
  const rows = table.getRowModel().rows;
  return (
    <Table aria-busy={loading || undefined}>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const label = header.isPlaceholder
                ? null
                : flexRender(header.column.columnDef.header, header.getContext());
              return (
                <TableHead
                  key={header.id}
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
            })}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {loading ? (
          Array.from({ length: 5 }, (_, i) => (
            <TableRow key={`skeleton-${i}`}>
              <TableCell colSpan={columns}>
                <Skeleton className="h-6 w-full" />
              </TableCell>
            </TableRow>
          ))
        ) : rows.length === 0 ? (
          <TableRow className="hover:bg-transparent">
            <TableCell colSpan={columns}>
              <EmptyState icon={<Inbox />} title={emptyTitle} description={emptyDescription} />
            </TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={row.id} data-testid={rowTestId}>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}

const PAGE_SIZES = [10, 25, 50, 100];

/** "21–40 of 75" with previous/next and a page-size choice; works for client and server (manual) pagination */
export function TablePager<T>({ table, total }: { table: TanStackTable<T>; total: number }) {
  const t = useTranslations("superadmin.table");
  const { pageIndex, pageSize } = table.getState().pagination;
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pt-3 text-sm text-muted-foreground">
      <span aria-live="polite">{t("range", { from, to, total })}</span>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2">
          <span className="whitespace-nowrap">{t("pageSize")}</span>
          <NativeSelect
            wrapperClassName="w-20"
            value={pageSize}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
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
