"use client";
// Subscription dates of a hospital: whole UTC days, the end on or after the start, or open-ended.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { setSubscriptionSchema } from "@/shared/console/schemas";
import { FormDialog, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { isoDay } from "../format";
import type { ConsoleHospital } from "../types";
import { useRefreshHospitals } from "./use-refresh";

type Input = z.input<typeof setSubscriptionSchema>;
const FIELDS = ["startsOn", "endsOn"] as const;
const DAY = 86_400_000;

export function SubscriptionDialog({ hospital, onClose }: { hospital: ConsoleHospital; onClose: () => void }) {
  const t = useTranslations("superadmin.subscription");
  const trpc = useTRPC();
  const refresh = useRefreshHospitals();
  const form = useForm<Input, unknown, z.output<typeof setSubscriptionSchema>>({
    resolver: zodResolver(setSubscriptionSchema),
    defaultValues: {
      code: hospital.code,
      startsOn: isoDay(hospital.subscriptionStartsAt),
      endsOn: hospital.subscriptionEndsAt ? isoDay(hospital.subscriptionEndsAt) : null,
    },
  });
  const errors = useServerErrors(form, { fields: FIELDS });
  const endsOn = useWatch({ control: form.control, name: "endsOn" });
  const save = useMutation(
    trpc.hospital.setSubscription.mutationOptions({
      onSuccess: (h) => {
        toast.success(t("saved", { code: h.code }));
        if (h.readOnly) toast.warning(t("nowReadOnly"));
        refresh();
        onClose();
      },
      onError: errors.apply,
    }),
  );
  /** extends from the later of today and the current end */
  const extend = (days: number) => {
    const base = Math.max(Date.now(), endsOn ? new Date(`${endsOn}T00:00:00Z`).getTime() : 0);
    form.setValue("endsOn", isoDay(new Date(base + days * DAY)), { shouldValidate: true, shouldDirty: true });
  };
  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={t("title", { code: hospital.code })}
      description={t("intro")}
      onSubmit={(v) => save.mutate(v)}
      serverErrors={errors}
      pending={save.isPending}
      bodyClassName="sm:grid-cols-2"
      after={<p className="text-xs text-muted-foreground">{t("utcNote")}</p>}
    >
      <TextField control={form.control} name="startsOn" label={t("startsOn")} type="date" />
      {endsOn === null ? (
        <div className="grid content-start gap-2">
          <Label>{t("endsOn")}</Label>
          <p className="py-2 text-sm text-muted-foreground">{t("openEnded")}</p>
        </div>
      ) : (
        <TextField control={form.control} name="endsOn" label={t("endsOn")} type="date" />
      )}
      <div className="flex items-center gap-2 sm:col-span-2">
        <Checkbox
          id="open-ended"
          checked={endsOn === null}
          onCheckedChange={(c) =>
            form.setValue("endsOn", c === true ? null : isoDay(new Date(Date.now() + 365 * DAY)), {
              shouldDirty: true,
            })
          }
        />
        <Label htmlFor="open-ended">{t("noEndDate")}</Label>
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="button" variant="outline" size="sm" onClick={() => extend(30)}>
          {t("extend30")}
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={() => extend(365)}>
          {t("extendYear")}
        </Button>
      </div>
    </FormDialog>
  );
}
