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
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/native-select";
import { applyServerError } from "../form-errors";
import { PasswordField } from "../password-field";
import { TextField } from "../text-field";
import type { ConsoleHospital } from "../types";
import { useRefreshUsers } from "./use-refresh-users";

type Input = z.input<typeof newHospitalAdminSchema>;
const FIELDS = ["hospitalCode", "username", "email", "password", "firstName", "lastName"] as const;
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
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, z.output<typeof newHospitalAdminSchema>>({
    resolver: zodResolver(newHospitalAdminSchema),
    defaultValues: EMPTY,
  });
  const create = useMutation(
    trpc.platformUser.createHospitalAdmin.mutationOptions({
      onSuccess: (u) => {
        toast.success(t("adminCreated", { username: u.username, hospital: u.hospitalCode }));
        refresh();
        setOpen(false);
        form.reset(EMPTY);
      },
      onError: (err) => setFormError(applyServerError(form, err, FIELDS, "username")),
    }),
  );
  const usable = hospitals.filter((h) => h.status !== "PROVISIONING");
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (create.isPending) return;
        setOpen(next);
        if (!next) setFormError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          {t("createAdmin")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl" closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("createAdminTitle")}</DialogTitle>
          <DialogDescription>{t("createAdminIntro")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form noValidate className="space-y-4" onSubmit={form.handleSubmit((v) => create.mutate(v))}>
            <fieldset disabled={create.isPending} className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="hospitalCode"
                render={({ field }) => (
                  <FormItem className="sm:col-span-2">
                    <FormLabel>{t("hospital")}</FormLabel>
                    <FormControl>
                      <NativeSelect {...field}>
                        <option value="">{t("chooseHospital")}</option>
                        {usable.map((h) => (
                          <option key={h.code} value={h.code}>
                            {h.code} — {h.name}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <TextField control={form.control} name="firstName" label={t("firstName")} autoComplete="off" />
              <TextField control={form.control} name="lastName" label={t("lastName")} autoComplete="off" />
              <TextField control={form.control} name="username" label={t("username")} autoComplete="off" dir="ltr" />
              <TextField
                control={form.control}
                name="email"
                label={t("email")}
                type="email"
                autoComplete="off"
                dir="ltr"
              />
              <div className="sm:col-span-2">
                <PasswordField
                  control={form.control}
                  name="password"
                  label={t("initialPassword")}
                  setValue={form.setValue}
                />
              </div>
              <FormField
                control={form.control}
                name="mustChangePassword"
                render={({ field }) => (
                  <FormItem className="flex flex-row items-center gap-2 sm:col-span-2">
                    <FormControl>
                      <Checkbox checked={field.value ?? true} onCheckedChange={(c) => field.onChange(c === true)} />
                    </FormControl>
                    <FormLabel className="font-normal">{t("mustChangeOnFirst")}</FormLabel>
                  </FormItem>
                )}
              />
            </fieldset>
            {formError && (
              <Alert variant="destructive">
                <AlertDescription>{formError}</AlertDescription>
              </Alert>
            )}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={create.isPending}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? tc("saving") : t("createAdmin")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
