"use client";
// The staff of this hospital: search and filters, the table, and the Create button.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search, Users } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { HOSPITAL_ROLES, type HospitalRole } from "@/shared/enums";
import { DataTable } from "@/components/data-table";
import { staffColumns } from "./staff-columns";
import { StaffCreateDialog } from "./staff-create-dialog";

const STATUSES = ["all", "active", "inactive", "pending"] as const;
type Status = (typeof STATUSES)[number];

export function StaffDirectory({ selfId }: { selfId: string }) {
  const t = useTranslations("hospitalAdmin.staff");
  const tRole = useTranslations("roles");
  const format = useFormatter();
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<HospitalRole | "">("");
  const [status, setStatus] = useState<Status>("all");
  const query = useDeferredValue(search.trim());
  const staff = useQuery(
    trpc.user.list.queryOptions(
      { search: query || undefined, role: role || undefined, status },
      { placeholderData: keepPreviousData },
    ),
  );
  const waiting = useQuery(trpc.user.list.queryOptions({ status: "pending" }));
  const departments = useQuery(trpc.department.list.queryOptions({ includeInactive: true }));
  const columns = useMemo(() => {
    const names = new Map(departments.data?.map((d) => [d.id, d.name]));
    return staffColumns({ t, tRole, format, selfId, departmentName: (id) => (id ? (names.get(id) ?? null) : null) });
  }, [departments.data, t, tRole, format, selfId]);
  const pendingCount = waiting.data?.length ?? 0;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid min-w-56 flex-1 gap-1.5">
          <Label htmlFor="staff-search">{t("search")}</Label>
          <div className="relative">
            <Search
              className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
              aria-hidden
            />
            <Input
              id="staff-search"
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              placeholder={t("searchPlaceholder")}
              className="ps-9"
            />
          </div>
        </div>
        <div className="grid w-44 gap-1.5">
          <Label htmlFor="staff-role">{t("role")}</Label>
          <NativeSelect id="staff-role" value={role} onChange={(e) => setRole(e.target.value as HospitalRole | "")}>
            <option value="">{t("allRoles")}</option>
            {HOSPITAL_ROLES.map((r) => (
              <option key={r} value={r}>
                {tRole(r)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid w-44 gap-1.5">
          <Label htmlFor="staff-status">{t("status")}</Label>
          <NativeSelect id="staff-status" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`filter.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="ms-auto">
          <StaffCreateDialog />
        </div>
      </div>
      {pendingCount > 0 && status !== "pending" && (
        <button
          type="button"
          onClick={() => setStatus("pending")}
          className="flex items-center gap-2 rounded-md text-sm text-foreground hover:underline focus-visible:outline-2 focus-visible:outline-ring"
        >
          <Badge variant="warning">{pendingCount}</Badge> {t("waitingApproval", { count: pendingCount })}
        </button>
      )}
      <DataTable
        columns={columns}
        data={staff.data}
        loading={staff.isLoading}
        error={staff.error}
        getRowId={(s) => s.id}
        caption={t("tableCaption")}
        testId="staff-table"
        empty={{
          icon: <Users />,
          title: query || role || status !== "all" ? t("noMatches") : t("empty"),
          description: query || role || status !== "all" ? t("noMatchesHint") : undefined,
        }}
      />
    </div>
  );
}
