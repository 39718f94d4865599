"use client";
// Columns of the staff table.
import type { ColumnDef } from "@tanstack/react-table";
import { Lock, ShieldCheck } from "lucide-react";
import type { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { StaffRowActions } from "./staff-row-actions";
import type { StaffRow } from "./staff-types";

type Deps = {
  t: ReturnType<typeof useTranslations<"hospitalAdmin.staff">>;
  tRole: ReturnType<typeof useTranslations<"roles">>;
  format: ReturnType<typeof useFormatter>;
  departmentName: (id: string | null) => string | null;
  selfId: string;
};

export function StatusBadges({ staff, t }: { staff: StaffRow; t: Deps["t"] }) {
  return (
    <div className="flex flex-wrap gap-1">
      {staff.approval === "PENDING" ? (
        <Badge variant="warning">{t("statusPending")}</Badge>
      ) : staff.approval === "REJECTED" ? (
        <Badge variant="outline">{t("statusRejected")}</Badge>
      ) : staff.isActive ? (
        <Badge variant="success">{t("statusActive")}</Badge>
      ) : (
        <Badge variant="secondary">{t("statusInactive")}</Badge>
      )}
      {staff.locked && (
        <Badge variant="destructive" data-testid="locked-badge">
          <Lock aria-hidden /> {t("locked")}
        </Badge>
      )}
      {staff.mfaEnabled && (
        <Badge variant="outline" title={t("mfaOn")}>
          <ShieldCheck aria-hidden /> {t("mfaShort")}
        </Badge>
      )}
    </div>
  );
}

export function staffColumns({ t, tRole, format, departmentName, selfId }: Deps): ColumnDef<StaffRow, unknown>[] {
  return [
    {
      id: "name",
      header: t("name"),
      cell: ({ row: { original: s } }) => (
        <div className="min-w-40">
          <div className="font-medium">
            {s.firstName} {s.lastName}
          </div>
          <div className="text-xs text-muted-foreground" dir="ltr">
            <span className="inline-block text-start">
              {s.username} · {s.email}
            </span>
          </div>
        </div>
      ),
    },
    { id: "role", header: t("role"), cell: ({ row }) => tRole(row.original.role) },
    {
      id: "department",
      header: t("department"),
      cell: ({ row }) => departmentName(row.original.departmentId) ?? <span className="text-muted-foreground">—</span>,
    },
    { id: "status", header: t("status"), cell: ({ row }) => <StatusBadges staff={row.original} t={t} /> },
    {
      id: "lastLogin",
      header: t("lastSignIn"),
      meta: { className: "hidden xl:table-cell" },
      cell: ({ row }) =>
        row.original.lastLoginAt ? (
          format.dateTime(row.original.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
        ) : (
          <span className="text-muted-foreground">{t("never")}</span>
        ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("actions")}</span>,
      meta: { className: "text-end" },
      cell: ({ row }) => <StaffRowActions staff={row.original} isSelf={row.original.id === selfId} />,
    },
  ];
}
