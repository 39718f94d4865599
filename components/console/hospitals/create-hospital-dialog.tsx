"use client";
// Creating a hospital: the fields of `pnpm hms setup-hospital`, validated with the server's own schema, the
// provisioning steps shown while they run (polled from the server), and server errors under their fields. The super
// admin never chooses the administrator's password: when the hospital is ready the dialog shows the admin's one-time
// setup code, once.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { consoleNewHospitalSchema } from "@/shared/console/schemas";
import { PLANS } from "@/shared/enums";
import { FormDialog, SelectField, TextField, useServerErrors } from "@/components/form";
import { HospitalDetailsFields } from "@/components/hospital-admin/settings/hospital-details-fields";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { OneTimeCode } from "../users/one-time-code";
import { ProvisioningSteps, type StepTiming } from "./provisioning-steps";

type Input = z.input<typeof consoleNewHospitalSchema>;
type Output = z.output<typeof consoleNewHospitalSchema>;
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
  admin: { username: "", email: "", firstName: "", lastName: "" },
};

export function CreateHospitalDialog() {
  const t = useTranslations("superadmin.create");
  const ts = useTranslations("superadmin");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{
    code: string;
    steps: StepTiming[];
    totalMs: number;
    admin: { username: string; setupCode: string; setupCodeExpiresAt: Date };
  } | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(consoleNewHospitalSchema),
    defaultValues: EMPTY,
  });
  const errors = useServerErrors(form, { codeFields: { HOSPITAL_EXISTS: "code", CONFLICT: "code" } });
  // the hospital's address under this deployment's root domain (the console is served at admin.<root>)
  const typedCode = useWatch({ control: form.control, name: "code" });
  const address = `${(typeof typedCode === "string" && typedCode.trim() ? typedCode.trim() : "code").toLowerCase()}.${
    typeof window === "undefined" ? "" : window.location.host.replace(/^admin\./, "")
  }`;

  const create = useMutation(
    trpc.hospital.create.mutationOptions({
      onSuccess: (r) => {
        setDone({ code: r.code, steps: r.steps, totalMs: r.totalMs, admin: r.admin });
        toast.success(t("created", { code: r.code }));
        for (const key of [
          trpc.hospital.list.queryKey(),
          trpc.hospital.stats.queryKey(),
          trpc.system.health.queryKey(),
          trpc.platformUser.list.queryKey(),
        ])
          void qc.invalidateQueries({ queryKey: key });
      },
      onError: errors.apply,
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
          <Plus aria-hidden />
          {t("open")}
        </Button>
      }
      title={t("title")}
      description={t("intro")}
      className="sm:max-w-3xl"
      bodyClassName="gap-5"
      onSubmit={(values) => {
        qc.removeQueries({ queryKey: trpc.hospital.provisioning.queryKey({ code: values.code }) });
        create.mutate(values);
      }}
      serverErrors={errors}
      pending={create.isPending}
      submitLabel={t("submit")}
      pendingLabel={t("creating")}
      after={
        showSteps && (
          <div className="rounded-lg border p-4">
            <p className="mb-3 text-sm font-medium">
              {create.isPending ? t("provisioning", { code }) : t("stoppedTitle")}
            </p>
            <ProvisioningSteps steps={liveSteps} state={create.isPending ? "running" : "failed"} />
          </div>
        )
      }
      result={
        done && (
          <div className="space-y-4">
            <Alert>
              <AlertTitle>{t("doneTitle", { code: done.code })}</AlertTitle>
              <AlertDescription>
                {t("doneBody", { seconds: format.number(done.totalMs / 1000, { maximumFractionDigits: 1 }) })}
              </AlertDescription>
            </Alert>
            <OneTimeCode
              kind="setup"
              code={done.admin.setupCode}
              expiresAt={done.admin.setupCodeExpiresAt}
              username={done.admin.username}
              hospitalCode={done.code}
            />
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
        )
      }
    >
      <fieldset className="grid min-w-0 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold sm:col-span-2">{t("hospitalSection")}</legend>
        <HospitalDetailsFields
          afterName={
            <>
              <TextField
                control={form.control}
                name="code"
                label={t("code")}
                description={t("codeHint", { address })}
                dir="ltr"
              />
              <SelectField
                control={form.control}
                name="plan"
                label={t("plan")}
                options={PLANS.map((p) => ({ value: p, label: `${ts(`plans.${p}`)} — ${ts(`planRules.${p}`)}` }))}
              />
            </>
          }
        />
      </fieldset>
      <fieldset className="grid min-w-0 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold sm:col-span-2">{t("adminSection")}</legend>
        <TextField control={form.control} name="admin.firstName" label={t("firstName")} autoComplete="off" />
        <TextField control={form.control} name="admin.lastName" label={t("lastName")} autoComplete="off" />
        <TextField control={form.control} name="admin.username" label={t("username")} autoComplete="off" dir="ltr" />
        <TextField
          control={form.control}
          name="admin.email"
          label={t("adminEmail")}
          type="email"
          autoComplete="off"
          dir="ltr"
        />
        <p className="text-sm text-muted-foreground sm:col-span-2">{ts("users.noPasswordNote")}</p>
      </fieldset>
    </FormDialog>
  );
}
