"use client";
// Prescriptions of an encounter: drug, dose, route, frequency, duration, instructions.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { NumberField, SelectField, TextField, useErrorToast, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DRUG_ROUTES } from "@/shared/enums";
import { prescriptionSchema } from "@/shared/encounters/schemas";
import { ChartCard, useRefreshEncounter } from "./chart-card";

type Rx = {
  id: string;
  drug: string;
  dose: string;
  route: (typeof DRUG_ROUTES)[number];
  frequency: string;
  durationDays: number;
  instructions: string;
};
type Values = z.input<typeof prescriptionSchema>;

export function PrescriptionsCard({
  encounterId,
  prescriptions,
  editable,
}: {
  encounterId: string;
  prescriptions: Rx[];
  editable: boolean;
}) {
  const t = useTranslations("encounters");
  const trpc = useTRPC();
  const refresh = useRefreshEncounter(encounterId);
  const blank: Values = {
    encounterId,
    drug: "",
    dose: "",
    route: "ORAL",
    frequency: "",
    durationDays: 5,
    instructions: "",
  };
  const form = useForm<Values, unknown, z.output<typeof prescriptionSchema>>({
    resolver: zodResolver(prescriptionSchema),
    defaultValues: blank,
  });
  const errors = useServerErrors(form, { toast: true });
  const showError = useErrorToast();
  const add = useMutation(
    trpc.encounter.addPrescription.mutationOptions({
      onSuccess: () => {
        toast.success(t("prescribed"));
        form.reset(blank);
        void refresh();
      },
      onError: errors.apply,
    }),
  );
  const remove = useMutation(
    trpc.encounter.removePrescription.mutationOptions({
      onSuccess: refresh,
      onError: showError,
    }),
  );
  return (
    <ChartCard
      title={t("prescriptions")}
      empty={prescriptions.length === 0 && t("noPrescriptions")}
      list={
        <Table data-testid="prescriptions">
          <TableHeader>
            <TableRow>
              <TableHead>{t("drug")}</TableHead>
              <TableHead>{t("dose")}</TableHead>
              <TableHead>{t("route")}</TableHead>
              <TableHead>{t("frequency")}</TableHead>
              <TableHead>{t("durationDays")}</TableHead>
              <TableHead>{t("instructions")}</TableHead>
              {editable && <TableHead />}
            </TableRow>
          </TableHeader>
          <TableBody>
            {prescriptions.map((r) => (
              <TableRow key={r.id}>
                <TableCell className="font-medium">{r.drug}</TableCell>
                <TableCell>{r.dose}</TableCell>
                <TableCell>{t(`routes.${r.route}`)}</TableCell>
                <TableCell>{r.frequency}</TableCell>
                <TableCell>{r.durationDays}</TableCell>
                <TableCell>{r.instructions}</TableCell>
                {editable && (
                  <TableCell>
                    <Button
                      variant="ghost"
                      size="icon"
                      aria-label={`${t("remove")} ${r.drug}`}
                      onClick={() => remove.mutate({ encounterId, id: r.id })}
                    >
                      <X aria-hidden />
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    >
      {editable && (
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit((v) => add.mutate(v))}
            className="grid gap-3 sm:grid-cols-4"
            noValidate
            aria-label={t("prescribe")}
          >
            <TextField control={form.control} name="drug" label={t("drug")} className="sm:col-span-2" />
            <TextField control={form.control} name="dose" label={t("dose")} />
            <SelectField
              control={form.control}
              name="route"
              label={t("route")}
              options={DRUG_ROUTES.map((r) => ({ value: r, label: t(`routes.${r}`) }))}
            />
            <TextField control={form.control} name="frequency" label={t("frequency")} />
            <NumberField
              control={form.control}
              name="durationDays"
              label={t("durationDays")}
              integer
              min={1}
              max={365}
            />
            <TextField control={form.control} name="instructions" label={t("instructions")} className="sm:col-span-2" />
            <div className="flex items-end sm:col-span-4">
              <Button type="submit" disabled={add.isPending}>
                {t("prescribe")}
              </Button>
            </div>
          </form>
        </Form>
      )}
    </ChartCard>
  );
}
