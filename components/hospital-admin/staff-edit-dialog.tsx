"use client";
// Editing a staff member's names, contact, role and department (a role change signs them out everywhere).
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { HOSPITAL_ROLES } from "@/shared/enums";
import { staffPatchSchema } from "@/shared/users/staff-schemas";
import { showServerError } from "./form-errors";
import { DepartmentField, RoleField } from "./staff-fields";
import { TextField } from "./text-field";
import type { StaffRow } from "./staff-types";

type Patch = z.input<typeof staffPatchSchema>;

export function StaffEditDialog({ staff, onClose }: { staff: StaffRow; onClose: () => void }) {
  const t = useTranslations("hospitalAdmin.staff");
  const tc = useTranslations("common");
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
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: (s) => {
        toast.success(t("updated", { name: `${s.firstName} ${s.lastName}` }));
        void qc.invalidateQueries(trpc.user.list.pathFilter());
        void qc.invalidateQueries(trpc.department.list.pathFilter());
        onClose();
      },
      onError: (e) => showServerError(form, e),
    }),
  );
  const c = form.control;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-2xl" closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("editTitle", { name: `${staff.firstName} ${staff.lastName}` })}</DialogTitle>
          <DialogDescription dir="ltr" className="text-start">
            {staff.username}
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit((patch) => update.mutate({ id: staff.id, ...patch }))}
            noValidate
            className="grid gap-4"
          >
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField control={c} name="firstName" label={t("firstName")} />
              <TextField control={c} name="lastName" label={t("lastName")} />
              <TextField control={c} name="email" label={t("email")} type="email" dir="ltr" />
              <TextField control={c} name="phone" label={t("phone")} type="tel" dir="ltr" />
              <RoleField control={c} name="role" roles={HOSPITAL_ROLES} />
              <DepartmentField control={c} name="departmentId" />
            </div>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={update.isPending || !form.formState.isDirty}>
                {update.isPending ? tc("saving") : tc("save")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
