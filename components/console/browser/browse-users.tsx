"use client";
// Data browser: user accounts of every hospital (and super admins), never their secrets.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ROLES, type Role } from "@/shared/enums";
import { SelectFilter, useDebounced, usePagedFilters } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { useDay } from "../format";
import type { BrowseUser } from "../types";
import { HospitalCodeFilter, validCode } from "./hospital-code-filter";
import { ActiveBadge, activeOf, ActiveFilter, PagedList, type ActiveChoice } from "./paged-list";

export function BrowseUsers() {
  const t = useTranslations("superadmin.browser");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const day = useDay();
  const trpc = useTRPC();
  const browse = usePagedFilters({
    search: "",
    code: "",
    role: "" as Role | "",
    active: "" as ActiveChoice,
  });
  const { paging, filters: f, set } = browse;
  const q = useDebounced(f.search.trim());
  const hospitalCode = useDebounced(validCode(f.code));
  const query = useQuery(
    trpc.browse.users.queryOptions(
      { search: q || undefined, hospitalCode, role: f.role || undefined, active: activeOf(f.active), ...paging.page },
      { placeholderData: keepPreviousData },
    ),
  );
  const columns = useMemo<ColumnDef<BrowseUser>[]>(
    () => [
      { id: "username", header: t("username"), cell: ({ row }) => <span dir="ltr">{row.original.username}</span> },
      { id: "name", header: t("name"), cell: ({ row }) => `${row.original.firstName} ${row.original.lastName}` },
      { id: "email", header: t("email"), cell: ({ row }) => <span dir="ltr">{row.original.email}</span> },
      {
        id: "hospital",
        header: t("hospital"),
        cell: ({ row }) =>
          row.original.hospitalCode ? <span className="font-mono">{row.original.hospitalCode}</span> : "—",
      },
      { id: "role", header: t("role"), cell: ({ row }) => tr(row.original.role) },
      { id: "department", header: t("department"), cell: ({ row }) => row.original.departmentName ?? "—" },
      {
        id: "state",
        header: t("state"),
        cell: ({ row }) => (
          <span className="inline-flex gap-1">
            <ActiveBadge active={row.original.isActive} />
            {row.original.approval !== "APPROVED" && (
              <Badge variant="outline">{t(`approval_${row.original.approval}`)}</Badge>
            )}
            {row.original.mfaEnabled && <Badge variant="outline">{t("mfa")}</Badge>}
          </span>
        ),
      },
      {
        id: "lastLogin",
        header: t("lastLogin"),
        cell: ({ row }) =>
          row.original.lastLoginAt
            ? format.dateTime(row.original.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
            : "—",
      },
      { id: "created", header: t("created"), cell: ({ row }) => day(row.original.createdAt) },
    ],
    [t, tr, format, day],
  );
  return (
    <PagedList
      columns={columns}
      query={query}
      browse={browse}
      searchPlaceholder={t("searchUsers")}
      rowTestId="browse-user-row"
      filters={
        <>
          <HospitalCodeFilter value={f.code} onChange={(code) => set({ code })} />
          <SelectFilter
            label={t("role")}
            any={t("anyRole")}
            options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
            value={f.role}
            onChange={(role) => set({ role })}
          />
          <ActiveFilter value={f.active} onChange={(active) => set({ active })} />
        </>
      }
    />
  );
}
