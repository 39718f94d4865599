"use client";
// Departments of this hospital: table with head and staff count, create, edit, deactivate and reactivate.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { Building2, Pencil, Plus, Power } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { DataTable } from "@/components/data-table";
import { ConfirmDialog, useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { DepartmentDialog } from "./department-dialog";
import type { DepartmentRow } from "./staff-types";

export function DepartmentsManager() {
  const t = useTranslations("hospitalAdmin.departments");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const showError = useErrorToast();
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<DepartmentRow | "new" | null>(null);
  const [toggling, setToggling] = useState<DepartmentRow | null>(null);
  const departments = useQuery(trpc.department.list.queryOptions({ includeInactive: showInactive }));
  const setActive = useMutation(
    trpc.department.setActive.mutationOptions({
      onSuccess: (d) => {
        toast.success(d.isActive ? t("reactivated", { name: d.name }) : t("deactivated", { name: d.name }));
        void qc.invalidateQueries(trpc.department.list.pathFilter());
      },
      onError: showError,
    }),
  );
  const columns = useMemo<ColumnDef<DepartmentRow, unknown>[]>(
    () => [
      {
        id: "code",
        header: t("code"),
        cell: ({ row }) => (
          <span className="font-mono text-sm" dir="ltr">
            {row.original.code}
          </span>
        ),
      },
      { id: "name", header: t("name"), cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
      {
        id: "head",
        header: t("head"),
        cell: ({ row }) => row.original.headName ?? <span className="text-muted-foreground">{t("noHead")}</span>,
      },
      { id: "staff", header: t("staffCount"), cell: ({ row }) => row.original.staffCount },
      {
        id: "status",
        header: t("status"),
        cell: ({ row }) =>
          row.original.isActive ? (
            <Badge variant="success">{t("active")}</Badge>
          ) : (
            <Badge variant="secondary">{t("inactive")}</Badge>
          ),
      },
      {
        id: "actions",
        header: () => <span className="sr-only">{t("actions")}</span>,
        meta: { className: "text-end" },
        cell: ({ row }) => (
          <div className="flex justify-end gap-1">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setEditing(row.original)}
              aria-label={t("editTitle", { name: row.original.name })}
            >
              <Pencil aria-hidden /> <span className="hidden md:inline">{t("edit")}</span>
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setToggling(row.original)}>
              <Power aria-hidden /> {row.original.isActive ? t("deactivate") : t("reactivate")}
            </Button>
          </div>
        ),
      },
    ],
    [t],
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex items-center gap-2">
          <Checkbox id="show-inactive" checked={showInactive} onCheckedChange={(v) => setShowInactive(v === true)} />
          <Label htmlFor="show-inactive">{t("showInactive")}</Label>
        </div>
        <Button className="ms-auto" onClick={() => setEditing("new")}>
          <Plus aria-hidden /> {t("create")}
        </Button>
      </div>
      <DataTable
        columns={columns}
        data={departments.data}
        loading={departments.isLoading}
        error={departments.error}
        getRowId={(d) => d.id}
        caption={t("tableCaption")}
        testId="departments-table"
        empty={{ icon: <Building2 />, title: t("empty"), description: t("emptyHint") }}
      />
      {editing && <DepartmentDialog department={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      {toggling && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setToggling(null)}
          title={
            toggling.isActive
              ? t("deactivateTitle", { name: toggling.name })
              : t("reactivateTitle", { name: toggling.name })
          }
          description={toggling.isActive ? t("deactivateBody") : t("reactivateBody")}
          confirmLabel={toggling.isActive ? t("deactivate") : t("reactivate")}
          destructive={toggling.isActive}
          onConfirm={() => setActive.mutateAsync({ id: toggling.id, active: !toggling.isActive })}
        />
      )}
    </div>
  );
}
