"use client";
// Prescriptions of an encounter: drug, dose, route, frequency, duration, instructions. As the drug is typed it is
// checked against the patient's recorded allergies (the same check the server makes, shared/clinical/allergy-check.ts):
// a match is shown at once with the allergy, and prescribing it needs a reason for the override, which then shows on
// the prescription.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { TriangleAlert } from "lucide-react";
import { toast } from "sonner";
import type { z } from "zod";
import { NumberField, SelectField, TextField, useErrorToast, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DRUG_ROUTES } from "@/shared/enums";
import { prescriptionSchema } from "@/shared/encounters/schemas";
import { allergyConflicts, type AllergyLike } from "@/shared/clinical/allergy-check";
import { allergenName } from "@/shared/clinical/drug-classes";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";

import { ChartCard, useRefreshEncounter } from "./chart-card";

type Rx = {
  id: string;
  drug: string;
  dose: string;
  route: (typeof DRUG_ROUTES)[number];
  frequency: string;
  durationDays: number;
  instructions: string;
  allergyOverrideReason?: string | null;
};
type Values = z.input<typeof prescriptionSchema>;

export function PrescriptionsCard({
  encounterId,
  prescriptions,
  editable,
  allergies,
}: {
  encounterId: string;
  prescriptions: Rx[];
  editable: boolean;
  /** the patient's recorded allergies, checked as the drug is typed */
  allergies: AllergyLike[];
}) {
  const t = useTranslations("encounters");
  const locale = useLocale() === "ar" ? "ar" : "en";
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
    allergyOverrideReason: "",
  };
  const form = useForm<Values, unknown, z.output<typeof prescriptionSchema>>({
    resolver: zodResolver(prescriptionSchema),
    defaultValues: blank,
  });
  const errors = useServerErrors(form, { toast: true });
  const drug = useWatch({ control: form.control, name: "drug" }) ?? "";
  const conflicts = allergyConflicts(allergies, drug);
  const matchedBy = (c: (typeof conflicts)[number]) =>
    c.key
      ? t(c.matchedBy === "class" ? "allergyMatchedClass" : "allergyMatchedIngredient", {
          what: allergenName(c.key, locale) ?? c.key,
        })
      : t("allergyMatchedByName");
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
                <TableCell className="font-medium">
                  {r.drug}
                  {r.allergyOverrideReason && (
                    <div className="mt-1 space-y-0.5 font-normal" data-testid="allergy-override">
                      <Badge variant="destructive">{t("allergyOverride")}</Badge>
                      <p className="text-xs text-muted-foreground">{r.allergyOverrideReason}</p>
                    </div>
                  )}
                </TableCell>
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
            onSubmit={form.handleSubmit((v) => {
              if (conflicts.length > 0 && !v.allergyOverrideReason?.trim()) {
                form.setError("allergyOverrideReason", { message: t("overrideReasonNeeded") });
                return;
              }
              add.mutate({ ...v, allergyOverrideReason: conflicts.length > 0 ? v.allergyOverrideReason : undefined });
            })}
            className="grid gap-3 sm:grid-cols-4"
            noValidate
            aria-label={t("prescribe")}
          >
            <TextField control={form.control} name="drug" label={t("drug")} className="sm:col-span-2" />
            {conflicts.length > 0 && (
              <Alert variant="destructive" className="sm:col-span-4" data-testid="allergy-conflict" role="alert">
                <TriangleAlert aria-hidden />
                <AlertTitle>{t("allergyConflictTitle", { drug })}</AlertTitle>
                <AlertDescription>
                  <ul className="list-disc ps-5">
                    {conflicts.map((c) => (
                      <li key={c.substance}>
                        <span className="font-medium">{c.substance}</span> —{" "}
                        {t(`severity.${c.severity}` as "severity.SEVERE")}
                        {c.reaction ? ` · ${c.reaction}` : ""} · {matchedBy(c)}
                      </li>
                    ))}
                  </ul>
                </AlertDescription>
              </Alert>
            )}
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
            {conflicts.length > 0 && (
              <TextField
                control={form.control}
                name="allergyOverrideReason"
                label={t("overrideReason")}
                description={t("overrideReasonHint")}
                type="textarea"
                rows={2}
                className="sm:col-span-4"
              />
            )}
            <div className="flex items-end sm:col-span-4">
              <Button type="submit" disabled={add.isPending} variant={conflicts.length > 0 ? "destructive" : "default"}>
                {conflicts.length > 0 ? t("prescribeDespiteAllergy") : t("prescribe")}
              </Button>
            </div>
          </form>
        </Form>
      )}
    </ChartCard>
  );
}
