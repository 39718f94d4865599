"use client";
// A new staff account: names, contact, role, department and a temporary password the person changes at first sign-in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormDialog, generatePassword, PasswordField, SwitchField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { HOSPITAL_ROLES } from "@/shared/enums";
import { newStaffSchema } from "@/shared/users/staff-schemas";
import { StaffPersonFields } from "./staff-person-fields";

type NewStaff = z.input<typeof newStaffSchema>;
const empty = (): NewStaff => ({
  firstName: "",
  lastName: "",
  username: "",
  email: "",
  phone: "",
  role: "" as NewStaff["role"],
  departmentId: null,
  password: generatePassword(),
  mustChangePassword: true,
});

export function StaffCreateDialog() {
  const t = useTranslations("hospitalAdmin.staff");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<NewStaff, unknown, z.output<typeof newStaffSchema>>({
    resolver: zodResolver(newStaffSchema),
    defaultValues: empty(),
  });
  const errors = useServerErrors(form, { codeFields: { USERNAME_TAKEN: "username" } });
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: (staff) => {
        toast.success(t("created", { name: `${staff.firstName} ${staff.lastName}` }));
        void qc.invalidateQueries(trpc.user.list.pathFilter());
        void qc.invalidateQueries(trpc.department.list.pathFilter());
        setOpen(false);
        form.reset(empty());
      },
      onError: errors.apply,
    }),
  );
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button>
          <UserPlus aria-hidden /> {t("create")}
        </Button>
      }
      title={t("createTitle")}
      description={t("createIntro")}
      className="sm:max-w-2xl"
      onSubmit={(v) => create.mutate(v)}
      serverErrors={errors}
      pending={create.isPending}
      submitLabel={t("createSubmit")}
    >
      <StaffPersonFields roles={HOSPITAL_ROLES} withUsername />
      <PasswordField
        control={form.control}
        name="password"
        label={t("temporaryPassword")}
        description={t("temporaryPasswordHint")}
        generate
        initiallyVisible
      />
      <SwitchField
        control={form.control}
        name="mustChangePassword"
        label={t("mustChangePassword")}
        description={t("mustChangePasswordHint")}
      />
    </FormDialog>
  );
}
