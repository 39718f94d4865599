"use client";
// Who a staff member is: names, username (only when the account is made), contact, role and department — inside
// a <Form> creating or editing them.
import { useTranslations } from "next-intl";
import { TextField } from "@/components/form";
import type { HospitalRole } from "@/shared/enums";
import { DepartmentField, RoleField } from "./staff-fields";

type Person = { firstName: string; lastName: string; username: string; email: string; phone: string };

export function StaffPersonFields({ roles, withUsername }: { roles: readonly HospitalRole[]; withUsername?: boolean }) {
  const t = useTranslations("hospitalAdmin.staff");
  const off = withUsername ? "off" : undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField<Person> name="firstName" label={t("firstName")} autoComplete={off} />
      <TextField<Person> name="lastName" label={t("lastName")} autoComplete={off} />
      {withUsername && (
        <TextField<Person>
          name="username"
          label={t("username")}
          dir="ltr"
          autoCapitalize="none"
          spellCheck={false}
          autoComplete="off"
        />
      )}
      <TextField<Person> name="email" label={t("email")} type="email" dir="ltr" autoComplete={off} />
      <TextField<Person> name="phone" label={t("phone")} type="tel" dir="ltr" autoComplete={off} />
      <RoleField roles={roles} />
      <DepartmentField />
    </div>
  );
}
