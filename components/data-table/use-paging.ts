"use client";
import type { PaginationState } from "@tanstack/react-table";
import { useState } from "react";

/**
 * The page of a server-paged list: `state`/`onChange` go to the table (`pagination={{ mode: "server", total,
 * ...paging }}`), `page` into the query; any filter change should call `first()` so the list starts again at page 1.
 */
export function useServerPaging(pageSize = 25) {
  const [state, onChange] = useState<PaginationState>({ pageIndex: 0, pageSize });
  return {
    state,
    onChange,
    page: { page: state.pageIndex + 1, pageSize: state.pageSize },
    first: () => onChange((p) => ({ ...p, pageIndex: 0 })),
  };
}

/** the filters and page of a server-paged list: changing a filter (`set`) starts the list again at page 1 */
export function usePagedFilters<F extends object>(initial: F, pageSize = 25) {
  const paging = useServerPaging(pageSize);
  const [filters, setFilters] = useState(initial);
  const set = (patch: Partial<F>) => {
    setFilters((old) => ({ ...old, ...patch }));
    paging.first();
  };
  return { paging, filters, set };
}
