"use client";
// Editing a staff member's names, contact, role and department (a role change signs them out everywhere).
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormDialog, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { HOSPITAL_ROLES } from "@/shared/enums";
import { staffPatchSchema } from "@/shared/users/staff-schemas";
import { StaffPersonFields } from "./staff-person-fields";
import type { StaffRow } from "./staff-types";

type Patch = z.input<typeof staffPatchSchema>;

export function StaffEditDialog({ staff, onClose }: { staff: StaffRow; onClose: () => void }) {
  const t = useTranslations("hospitalAdmin.staff");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const form = useForm<Patch, unknown, z.output<typeof staffPatchSchema>>({
    resolver: zodResolver(staffPatchSchema),
    defaultValues: {
      firstName: staff.firstName,
      lastName: staff.lastName,
      email: staff.email,
      phone: staff.phone,
      role: staff.role as Patch["role"],
      departmentId: staff.departmentId,
    },
  });
  const errors = useServerErrors(form);
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: (s) => {
        toast.success(t("updated", { name: `${s.firstName} ${s.lastName}` }));
        void qc.invalidateQueries(trpc.user.list.pathFilter());
        void qc.invalidateQueries(trpc.department.list.pathFilter());
        onClose();
      },
      onError: errors.apply,
    }),
  );
  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={t("editTitle", { name: `${staff.firstName} ${staff.lastName}` })}
      description={
        <span dir="ltr" className="block text-start">
          {staff.username}
        </span>
      }
      className="sm:max-w-2xl"
      onSubmit={(patch) => update.mutate({ id: staff.id, ...patch })}
      serverErrors={errors}
      pending={update.isPending}
      submitDisabled={!form.formState.isDirty}
    >
      <StaffPersonFields roles={HOSPITAL_ROLES} />
    </FormDialog>
  );
}
