"use client";
// Users across hospitals: filter by hospital, role, state and text; server-paged. Hospital accounts can be reset,
// deactivated and unlocked here; super admin accounts are listed only.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ROLES, type Role } from "@/shared/enums";
import { USER_STATUSES } from "@/shared/console/schemas";
import {
  DataTable,
  FilterBar,
  SearchFilter,
  SelectFilter,
  useDebounced,
  usePagedFilters,
} from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AccountStateBadges } from "../labels";
import type { PlatformUser } from "../types";
import { CreateAdminDialog } from "./create-admin-dialog";
import { ResetCodeHost, UserActions } from "./user-actions";

type Status = (typeof USER_STATUSES)[number];

export function PlatformUsers() {
  const t = useTranslations("superadmin.users");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const trpc = useTRPC();
  const {
    paging,
    filters: f,
    set,
  } = usePagedFilters({
    search: "",
    hospitalCode: "",
    role: "" as Role | "",
    status: "all" as Status,
  });
  const debounced = useDebounced(f.search.trim());
  const hospitals = useQuery(trpc.hospital.list.queryOptions({}));
  const filter = {
    hospitalCode: f.hospitalCode || undefined,
    role: f.role || undefined,
    status: f.status,
    search: debounced || undefined,
    ...paging.page,
  };
  const users = useQuery(trpc.platformUser.list.queryOptions(filter, { placeholderData: keepPreviousData }));

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
    ],
    [t, tr, format],
  );
  return (
    <ResetCodeHost>
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("intro")}</CardDescription>
          <CardAction>
            <CreateAdminDialog hospitals={hospitals.data ?? []} />
          </CardAction>
        </CardHeader>
        <CardContent className="space-y-3">
          <FilterBar className="xl:grid-cols-[minmax(0,1fr)_12rem_12rem_10rem]">
            <SearchFilter
              label={t("search")}
              placeholder={t("searchPlaceholder")}
              value={f.search}
              onChange={(search) => set({ search })}
            />
            <SelectFilter
              label={t("filterHospital")}
              any={t("allHospitals")}
              options={hospitals.data?.map((h) => ({ value: h.code, label: `${h.code} — ${h.name}` })) ?? []}
              value={f.hospitalCode}
              onChange={(hospitalCode) => set({ hospitalCode })}
            />
            <SelectFilter
              label={t("filterRole")}
              any={t("allRoles")}
              options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
              value={f.role}
              onChange={(role) => set({ role })}
            />
            <SelectFilter
              label={t("filterState")}
              options={USER_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))}
              value={f.status}
              onChange={(status) => set({ status: status || "all" })}
            />
          </FilterBar>
          <DataTable
            columns={columns}
            data={users.data?.items}
            getRowId={(u) => u.id}
            loading={users.isLoading}
            error={users.error}
            pagination={{ mode: "server", total: users.data?.total ?? 0, ...paging }}
            empty={{ title: t("empty") }}
            rowTestId="platform-user-row"
            rowActionsLabel={t("actions")}
            rowActions={(u) => <UserActions user={u} />}
          />
        </CardContent>
      </Card>
    </ResetCodeHost>
  );
}
