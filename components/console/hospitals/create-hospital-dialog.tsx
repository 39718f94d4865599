"use client";
// Creating a hospital: the fields of `pnpm hms setup-hospital`, validated with the server's own schema, the
// provisioning steps shown while they run (polled from the server), and server errors under their fields.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { newHospitalSchema } from "@/shared/hospitals/schemas";
import { PLANS } from "@/shared/enums";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
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
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/native-select";
import { applyServerError } from "../form-errors";
import { PasswordField } from "../password-field";
import { TextField } from "../text-field";
import { ProvisioningSteps, type StepTiming } from "./provisioning-steps";

type Input = z.input<typeof newHospitalSchema>;
type Output = z.output<typeof newHospitalSchema>;
const FIELDS = [
  "name",
  "code",
  "email",
  "phone",
  "address",
  "city",
  "state",
  "country",
  "plan",
  "admin.username",
  "admin.email",
  "admin.password",
  "admin.firstName",
  "admin.lastName",
] as const;
const EMPTY: Input = {
  name: "",
  code: "",
  email: "",
  phone: "",
  address: "",
  city: "",
  state: "",
  country: "",
  plan: "TRIAL",
  admin: { username: "", email: "", password: "", firstName: "", lastName: "" },
};

export function CreateHospitalDialog() {
  const t = useTranslations("superadmin.create");
  const ts = useTranslations("superadmin");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ code: string; steps: StepTiming[]; totalMs: number } | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(newHospitalSchema), defaultValues: EMPTY });

  const create = useMutation(
    trpc.hospital.create.mutationOptions({
      onSuccess: (r) => {
        setDone({ code: r.code, steps: r.steps, totalMs: r.totalMs });
        toast.success(t("created", { code: r.code }));
        for (const key of [
          trpc.hospital.list.queryKey(),
          trpc.hospital.stats.queryKey(),
          trpc.system.health.queryKey(),
          trpc.platformUser.list.queryKey(),
        ])
          void qc.invalidateQueries({ queryKey: key });
      },
      onError: (err) => setFormError(applyServerError(form, err, FIELDS, "code")),
    }),
  );
  const code = create.variables?.code ?? "";
  // progress of the creation still running (each step is recorded by the server as it completes)
  const progress = useQuery(
    trpc.hospital.provisioning.queryOptions(
      { code },
      { enabled: create.isPending && code.length >= 3, refetchInterval: 300, staleTime: 0 },
    ),
  );
  const liveSteps = done?.steps ?? progress.data?.steps ?? [];
  const showSteps = create.isPending || done !== null || (create.isError && liveSteps.length > 0);

  const reset = () => {
    form.reset(EMPTY);
    create.reset();
    setDone(null);
    setFormError(null);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (create.isPending) return; // provisioning cannot be abandoned half-way from here
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          {t("open")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-3xl" closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("intro")}</DialogDescription>
        </DialogHeader>
        {done ? (
          <div className="space-y-4">
            <Alert>
              <AlertTitle>{t("doneTitle", { code: done.code })}</AlertTitle>
              <AlertDescription>
                {t("doneBody", { seconds: format.number(done.totalMs / 1000, { maximumFractionDigits: 1 }) })}
              </AlertDescription>
            </Alert>
            <ProvisioningSteps steps={done.steps} state="done" />
            <DialogFooter>
              <Button variant="outline" onClick={reset}>
                {t("another")}
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
        ) : (
          <Form {...form}>
            <form
              noValidate
              className="space-y-5"
              onSubmit={form.handleSubmit((values) => {
                setFormError(null);
                qc.removeQueries({ queryKey: trpc.hospital.provisioning.queryKey({ code: values.code }) });
                create.mutate(values);
              })}
            >
              <fieldset disabled={create.isPending} className="grid gap-4 sm:grid-cols-2">
                <legend className="mb-2 text-sm font-semibold sm:col-span-2">{t("hospitalSection")}</legend>
                <TextField control={form.control} name="name" label={t("name")} className="sm:col-span-2" />
                <TextField control={form.control} name="code" label={t("code")} description={t("codeHint")} dir="ltr" />
                <FormField
                  control={form.control}
                  name="plan"
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>{t("plan")}</FormLabel>
                      <FormControl>
                        <NativeSelect {...field}>
                          {PLANS.map((p) => (
                            <option key={p} value={p}>
                              {ts(`plans.${p}`)} — {ts(`planRules.${p}`)}
                            </option>
                          ))}
                        </NativeSelect>
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <TextField control={form.control} name="email" label={t("email")} type="email" dir="ltr" />
                <TextField control={form.control} name="phone" label={t("phone")} type="tel" dir="ltr" />
                <TextField control={form.control} name="address" label={t("address")} className="sm:col-span-2" />
                <TextField control={form.control} name="city" label={t("city")} />
                <TextField control={form.control} name="state" label={t("state")} />
                <TextField control={form.control} name="country" label={t("country")} />
              </fieldset>
              <fieldset disabled={create.isPending} className="grid gap-4 sm:grid-cols-2">
                <legend className="mb-2 text-sm font-semibold sm:col-span-2">{t("adminSection")}</legend>
                <TextField control={form.control} name="admin.firstName" label={t("firstName")} autoComplete="off" />
                <TextField control={form.control} name="admin.lastName" label={t("lastName")} autoComplete="off" />
                <TextField
                  control={form.control}
                  name="admin.username"
                  label={t("username")}
                  autoComplete="off"
                  dir="ltr"
                />
                <TextField
                  control={form.control}
                  name="admin.email"
                  label={t("adminEmail")}
                  type="email"
                  autoComplete="off"
                  dir="ltr"
                />
                <div className="sm:col-span-2">
                  <PasswordField
                    control={form.control}
                    name="admin.password"
                    label={t("password")}
                    setValue={form.setValue}
                  />
                </div>
              </fieldset>
              {formError && (
                <Alert variant="destructive">
                  <AlertDescription>{formError}</AlertDescription>
                </Alert>
              )}
              {showSteps && (
                <div className="rounded-lg border p-4">
                  <p className="mb-3 text-sm font-medium">
                    {create.isPending ? t("provisioning", { code }) : t("stoppedTitle")}
                  </p>
                  <ProvisioningSteps steps={liveSteps} state={create.isPending ? "running" : "failed"} />
                </div>
              )}
              <DialogFooter>
                <Button type="submit" disabled={create.isPending}>
                  {create.isPending ? t("creating") : t("submit")}
                </Button>
              </DialogFooter>
            </form>
          </Form>
        )}
      </DialogContent>
    </Dialog>
  );
}
