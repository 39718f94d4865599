"use client";
// Data browser: user accounts of every hospital (and super admins), never their secrets.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ROLES, type Role } from "@/shared/enums";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useDay } from "../format";
import type { BrowseUser } from "../types";
import { useDebounced } from "../use-debounced";
import { HospitalCodeFilter, validCode } from "./hospital-code-filter";
import { PagedList, usePaging } from "./paged-list";

export function BrowseUsers() {
  const t = useTranslations("superadmin.browser");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const day = useDay();
  const trpc = useTRPC();
  const paging = usePaging();
  const [search, setSearch] = useState("");
  const [code, setCode] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [active, setActive] = useState<"" | "yes" | "no">("");
  const q = useDebounced(search.trim());
  const hospitalCode = useDebounced(validCode(code));
  const query = useQuery(
    trpc.browse.users.queryOptions(
      {
        search: q || undefined,
        hospitalCode,
        role: role || undefined,
        active: active === "" ? undefined : active === "yes",
        ...paging.page,
      },
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
            <Badge variant={row.original.isActive ? "success" : "secondary"}>
              {row.original.isActive ? t("active") : t("inactive")}
            </Badge>
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
      pagination={paging.pagination}
      onPaginationChange={paging.setPagination}
      emptyTitle={t("empty")}
      rowTestId="browse-user-row"
      filters={
        <>
          <Input
            type="search"
            aria-label={t("search")}
            placeholder={t("searchUsers")}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              paging.first();
            }}
          />
          <HospitalCodeFilter
            value={code}
            onChange={(v) => {
              setCode(v);
              paging.first();
            }}
          />
          <NativeSelect
            aria-label={t("role")}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as Role | "");
              paging.first();
            }}
          >
            <option value="">{t("anyRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label={t("state")}
            value={active}
            onChange={(e) => {
              setActive(e.target.value as "" | "yes" | "no");
              paging.first();
            }}
          >
            <option value="">{t("anyState")}</option>
            <option value="yes">{t("active")}</option>
            <option value="no">{t("inactive")}</option>
          </NativeSelect>
        </>
      }
    />
  );
}
