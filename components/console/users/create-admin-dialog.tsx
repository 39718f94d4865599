"use client";
// Creating another administrator for a hospital (for example when its only admin has left).
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { newHospitalAdminSchema } from "@/shared/console/schemas";
import { CheckboxField, FormDialog, PasswordField, SelectField, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import type { ConsoleHospital } from "../types";
import { useRefreshUsers } from "./use-refresh-users";

type Input = z.input<typeof newHospitalAdminSchema>;
const EMPTY: Input = {
  hospitalCode: "",
  username: "",
  email: "",
  password: "",
  firstName: "",
  lastName: "",
  mustChangePassword: true,
};

export function CreateAdminDialog({ hospitals }: { hospitals: ConsoleHospital[] }) {
  const t = useTranslations("superadmin.users");
  const ts = useTranslations("superadmin");
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const [open, setOpen] = useState(false);
  const form = useForm<Input, unknown, z.output<typeof newHospitalAdminSchema>>({
    resolver: zodResolver(newHospitalAdminSchema),
    defaultValues: EMPTY,
  });
  const errors = useServerErrors(form, { codeFields: { USERNAME_TAKEN: "username", CONFLICT: "username" } });
  const create = useMutation(
    trpc.platformUser.createHospitalAdmin.mutationOptions({
      onSuccess: (u) => {
        toast.success(t("adminCreated", { username: u.username, hospital: u.hospitalCode }));
        refresh();
        setOpen(false);
        form.reset(EMPTY);
      },
      onError: errors.apply,
    }),
  );
  const usable = hospitals.filter((h) => h.status !== "PROVISIONING");
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) errors.clear();
      }}
      trigger={
        <Button>
          <UserPlus aria-hidden />
          {t("createAdmin")}
        </Button>
      }
      title={t("createAdminTitle")}
      description={t("createAdminIntro")}
      className="sm:max-w-2xl"
      bodyClassName="sm:grid-cols-2"
      onSubmit={(v) => create.mutate(v)}
      serverErrors={errors}
      pending={create.isPending}
      submitLabel={t("createAdmin")}
    >
      <SelectField
        control={form.control}
        name="hospitalCode"
        label={t("hospital")}
        className="sm:col-span-2"
        placeholder={t("chooseHospital")}
        options={usable.map((h) => ({ value: h.code, label: `${h.code} — ${h.name}` }))}
      />
      <TextField control={form.control} name="firstName" label={t("firstName")} autoComplete="off" />
      <TextField control={form.control} name="lastName" label={t("lastName")} autoComplete="off" />
      <TextField control={form.control} name="username" label={t("username")} autoComplete="off" dir="ltr" />
      <TextField control={form.control} name="email" label={t("email")} type="email" autoComplete="off" dir="ltr" />
      <PasswordField
        control={form.control}
        name="password"
        label={t("initialPassword")}
        description={ts("password.rules")}
        generate
        className="sm:col-span-2"
      />
      <CheckboxField
        control={form.control}
        name="mustChangePassword"
        label={t("mustChangeOnFirst")}
        className="sm:col-span-2"
      />
    </FormDialog>
  );
}
