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
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { HOSPITAL_ROLES } from "@/shared/enums";
import { newStaffSchema } from "@/shared/users/staff-schemas";
import { showServerError } from "./form-errors";
import { DepartmentField, RoleField, TemporaryPasswordField, temporaryPassword } from "./staff-fields";
import { SwitchField } from "./switch-field";
import { TextField } from "./text-field";

type NewStaff = z.input<typeof newStaffSchema>;
const empty = (): NewStaff => ({
  firstName: "",
  lastName: "",
  username: "",
  email: "",
  phone: "",
  role: "" as NewStaff["role"],
  departmentId: null,
  password: temporaryPassword(),
  mustChangePassword: true,
});

export function StaffCreateDialog() {
  const t = useTranslations("hospitalAdmin.staff");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const form = useForm<NewStaff, unknown, z.output<typeof newStaffSchema>>({
    resolver: zodResolver(newStaffSchema),
    defaultValues: empty(),
  });
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: (staff) => {
        toast.success(t("created", { name: `${staff.firstName} ${staff.lastName}` }));
        void qc.invalidateQueries(trpc.user.list.pathFilter());
        void qc.invalidateQueries(trpc.department.list.pathFilter());
        setOpen(false);
        form.reset(empty());
      },
      onError: (e) => showServerError(form, e),
    }),
  );
  const c = form.control;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> {t("create")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl" closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("createTitle")}</DialogTitle>
          <DialogDescription>{t("createIntro")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((v) => create.mutate(v))} noValidate className="grid gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField control={c} name="firstName" label={t("firstName")} autoComplete="off" />
              <TextField control={c} name="lastName" label={t("lastName")} autoComplete="off" />
              <TextField
                control={c}
                name="username"
                label={t("username")}
                dir="ltr"
                autoCapitalize="none"
                spellCheck={false}
                autoComplete="off"
              />
              <TextField control={c} name="email" label={t("email")} type="email" dir="ltr" autoComplete="off" />
              <TextField control={c} name="phone" label={t("phone")} type="tel" dir="ltr" autoComplete="off" />
              <RoleField control={c} name="role" roles={HOSPITAL_ROLES} />
              <DepartmentField control={c} name="departmentId" />
            </div>
            <TemporaryPasswordField control={c} name="password" label={t("temporaryPassword")} />
            <SwitchField
              control={c}
              name="mustChangePassword"
              label={t("mustChangePassword")}
              description={t("mustChangePasswordHint")}
            />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? tc("saving") : t("createSubmit")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
