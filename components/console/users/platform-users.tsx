"use client";
// Users across hospitals: filter by hospital, role, state and text; server-paged. Hospital accounts can be reset,
// deactivated and unlocked here; super admin accounts are listed only.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getCoreRowModel, useReactTable, type ColumnDef, type PaginationState } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ROLES, type Role } from "@/shared/enums";
import { USER_STATUSES } from "@/shared/console/schemas";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { DataTable, TablePager } from "../data-table";
import { AccountStateBadges } from "../labels";
import type { PlatformUser } from "../types";
import { useDebounced } from "../use-debounced";
import { CreateAdminDialog } from "./create-admin-dialog";
import { UserActions } from "./user-actions";

type Status = (typeof USER_STATUSES)[number];

export function PlatformUsers() {
  const t = useTranslations("superadmin.users");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const trpc = useTRPC();
  const [hospitalCode, setHospitalCode] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [status, setStatus] = useState<Status>("all");
  const [search, setSearch] = useState("");
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: 25 });
  const debounced = useDebounced(search.trim());
  const hospitals = useQuery(trpc.hospital.list.queryOptions({}));
  const filter = {
    hospitalCode: hospitalCode || undefined,
    role: role || undefined,
    status,
    search: debounced || undefined,
    page: pagination.pageIndex + 1,
    pageSize: pagination.pageSize,
  };
  const users = useQuery(trpc.platformUser.list.queryOptions(filter, { placeholderData: keepPreviousData }));
  const firstPage = (fn: () => void) => {
    fn();
    setPagination((p) => ({ ...p, pageIndex: 0 }));
  };

  const columns = useMemo<ColumnDef<PlatformUser>[]>(
    () => [
      {
        id: "user",
        header: t("user"),
        cell: ({ row: { original: u } }) => (
          <div>
            <div className="font-medium">
              {u.firstName} {u.lastName}
            </div>
            <div className="text-xs text-muted-foreground" dir="ltr">
              {u.username} · {u.email}
            </div>
          </div>
        ),
      },
      {
        id: "hospital",
        header: t("hospital"),
        cell: ({ row: { original: u } }) =>
          u.hospitalCode ? (
            <span className="font-mono">{u.hospitalCode}</span>
          ) : (
            <span className="text-muted-foreground">{t("platform")}</span>
          ),
      },
      { id: "role", header: t("role"), cell: ({ row }) => tr(row.original.role) },
      {
        id: "state",
        header: t("state"),
        cell: ({ row: { original: u } }) => (
          <AccountStateBadges isActive={u.isActive} locked={u.locked} mustChangePassword={u.mustChangePassword} />
        ),
      },
      {
        id: "lastLogin",
        header: t("lastLogin"),
        cell: ({ row }) => (row.original.lastLoginAt ? format.relativeTime(row.original.lastLoginAt) : t("never")),
      },
      {
        id: "actions",
        header: () => <span className="sr-only">{t("actions")}</span>,
        cell: ({ row }) => <UserActions user={row.original} />,
      },
    ],
    [t, tr, format],
  );
  const total = users.data?.total ?? 0;
  const table = useReactTable({
    data: users.data?.items ?? [],
    columns,
    state: { pagination },
    onPaginationChange: setPagination,
    manualPagination: true,
    pageCount: Math.max(1, Math.ceil(total / pagination.pageSize)),
    getRowId: (u) => u.id,
    getCoreRowModel: getCoreRowModel(),
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("intro")}</CardDescription>
        <CardAction>
          <CreateAdminDialog hospitals={hospitals.data ?? []} />
        </CardAction>
      </CardHeader>
      <CardContent>
        <div className="mb-3 grid gap-2 sm:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_12rem_12rem_10rem]" role="search">
          <Input
            type="search"
            placeholder={t("searchPlaceholder")}
            aria-label={t("search")}
            value={search}
            onChange={(e) => firstPage(() => setSearch(e.target.value))}
          />
          <NativeSelect
            aria-label={t("filterHospital")}
            value={hospitalCode}
            onChange={(e) => firstPage(() => setHospitalCode(e.target.value))}
          >
            <option value="">{t("allHospitals")}</option>
            {hospitals.data?.map((h) => (
              <option key={h.code} value={h.code}>
                {h.code} — {h.name}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label={t("filterRole")}
            value={role}
            onChange={(e) => firstPage(() => setRole(e.target.value as Role | ""))}
          >
            <option value="">{t("allRoles")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label={t("filterState")}
            value={status}
            onChange={(e) => firstPage(() => setStatus(e.target.value as Status))}
          >
            {USER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {users.isError ? (
          <Alert variant="destructive">
            <AlertDescription>{users.error.message}</AlertDescription>
          </Alert>
        ) : (
          <>
            <DataTable table={table} loading={users.isLoading} emptyTitle={t("empty")} rowTestId="platform-user-row" />
            <TablePager table={table} total={total} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
