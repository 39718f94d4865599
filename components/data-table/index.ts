export { DataTable, type DataTablePagination, type DataTableProps } from "./data-table";
export { FilterBar, SearchFilter, SelectFilter } from "./filter-bar";
export { RowMenu } from "./row-menu";
export { usePagedFilters, useServerPaging } from "./use-paging";
export { useDebounced } from "./use-debounced";
