"use client";
// Fields shared by the staff forms: role and department (inside a <Form> editing a staff member).
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import type { HospitalRole } from "@/shared/enums";

type StaffFields = { role: HospitalRole; departmentId: string | null };

export function RoleField({ roles }: { roles: readonly HospitalRole[] }) {
  const t = useTranslations("hospitalAdmin.staff");
  const tRole = useTranslations("roles");
  return (
    <SelectField<StaffFields>
      name="role"
      label={t("role")}
      placeholder={t("chooseRole")}
      placeholderDisabled
      options={roles.map((r) => ({ value: r, label: tRole(r) }))}
    />
  );
}

export function DepartmentField() {
  const t = useTranslations("hospitalAdmin.staff");
  const trpc = useTRPC();
  const departments = useQuery(trpc.department.list.queryOptions({ includeInactive: false }));
  return (
    <SelectField<StaffFields>
      name="departmentId"
      label={t("department")}
      placeholder={t("noDepartment")}
      nullable
      disabled={departments.isLoading}
      options={departments.data?.map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))}
    />
  );
}
