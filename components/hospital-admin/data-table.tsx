"use client";
// A TanStack table on the shared table primitives, with loading rows and an empty state.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function DataTable<T>(props: {
  columns: ColumnDef<T, unknown>[];
  data: T[] | undefined;
  loading: boolean;
  empty: { title: string; description?: ReactNode; icon?: ReactNode };
  rowId: (row: T) => string;
  caption: string;
  testId?: string;
}) {
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns fresh functions each render by design
  const table = useReactTable({
    data: props.data ?? [],
    columns: props.columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: props.rowId,
  });
  if (!props.loading && props.data?.length === 0)
    return <EmptyState icon={props.empty.icon} title={props.empty.title} description={props.empty.description} />;
  return (
    <div className="rounded-lg border">
      <Table data-testid={props.testId} aria-busy={props.loading || undefined}>
        <caption className="sr-only">{props.caption}</caption>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((h) => (
                <TableHead
                  key={h.id}
                  className={(h.column.columnDef.meta as { className?: string } | undefined)?.className}
                >
                  {h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext())}
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {props.loading && !props.data
            ? Array.from({ length: 5 }, (_, i) => (
                <TableRow key={i}>
                  {props.columns.map((_c, j) => (
                    <TableCell key={j}>
                      <Skeleton className="h-5 w-full max-w-40" />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            : table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell
                      key={cell.id}
                      className={(cell.column.columnDef.meta as { className?: string } | undefined)?.className}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
        </TableBody>
      </Table>
    </div>
  );
}
