"use client";
// Creating another administrator for a hospital (for example when its only admin has left). The super admin never
// chooses the password: the dialog then shows the one-time setup code the new admin redeems on their hospital's host.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { newHospitalAdminSchema } from "@/shared/console/schemas";
import { FormDialog, SelectField, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import type { ConsoleHospital } from "../types";
import { OneTimeCode } from "./one-time-code";
import { useRefreshUsers } from "./use-refresh-users";

type Input = z.input<typeof newHospitalAdminSchema>;
const EMPTY: Input = { hospitalCode: "", username: "", email: "", firstName: "", lastName: "" };
type Created = { username: string; hospitalCode: string; setupCode: string; setupCodeExpiresAt: Date };

export function CreateAdminDialog({ hospitals }: { hospitals: ConsoleHospital[] }) {
  const t = useTranslations("superadmin.users");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
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
        // shown once, in the dialog: the server keeps only a hash of the code
        setCreated({
          username: u.username,
          hospitalCode: u.hospitalCode ?? "",
          setupCode: u.setupCode,
          setupCodeExpiresAt: u.setupCodeExpiresAt,
        });
        form.reset(EMPTY);
      },
      onError: errors.apply,
    }),
  );
  const usable = hospitals.filter((h) => h.status !== "PROVISIONING");
  const reset = () => {
    setCreated(null);
    create.reset();
    errors.clear();
  };
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
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
      intro={
        !created && (
          <Alert>
            <AlertDescription>{t("noPasswordNote")}</AlertDescription>
          </Alert>
        )
      }
      result={
        created && (
          <div className="space-y-4">
            <p className="font-medium">
              {t("adminCreatedTitle", { username: created.username, hospital: created.hospitalCode })}
            </p>
            <OneTimeCode
              kind="setup"
              code={created.setupCode}
              expiresAt={created.setupCodeExpiresAt}
              username={created.username}
              hospitalCode={created.hospitalCode}
            />
            <DialogFooter>
              <Button variant="outline" onClick={reset}>
                {t("createAnother")}
              </Button>
              <Button
                onClick={() => {
                  setOpen(false);
                  reset();
                }}
              >
                {tc("close")}
              </Button>
            </DialogFooter>
          </div>
        )
      }
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
    </FormDialog>
  );
}
