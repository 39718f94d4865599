"use client";
// Vitals of an encounter: the readings so far, and (while open) a form whose ranges are the server's own schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormError, NumberField, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { vitalsSchema } from "@/shared/encounters/schemas";
import { ChartCard, useRefreshEncounter } from "./chart-card";

const FIELDS = [
  "systolic",
  "diastolic",
  "pulse",
  "respiratoryRate",
  "temperatureC",
  "spo2",
  "heightCm",
  "weightKg",
] as const;
type Field = (typeof FIELDS)[number];
type Reading = Record<Field | "bmi", number | null> & {
  id: string;
  recordedAt: Date;
  recordedByName: string;
  notes: string;
};
type Values = z.input<typeof vitalsSchema>;

const blank = (encounterId: string): Values => ({
  encounterId,
  notes: "",
  ...(Object.fromEntries(FIELDS.map((f) => [f, null])) as Record<Field, null>),
});

export function VitalsCard({
  encounterId,
  vitals,
  canRecord,
}: {
  encounterId: string;
  vitals: Reading[];
  canRecord: boolean;
}) {
  const t = useTranslations("encounters");
  const format = useFormatter();
  const trpc = useTRPC();
  const refresh = useRefreshEncounter(encounterId);
  const form = useForm<Values, unknown, z.output<typeof vitalsSchema>>({
    resolver: zodResolver(vitalsSchema),
    defaultValues: blank(encounterId),
  });
  const errors = useServerErrors(form);
  const record = useMutation(
    trpc.encounter.recordVitals.mutationOptions({
      onSuccess: () => {
        toast.success(t("vitalsSaved"));
        form.reset(blank(encounterId));
        void refresh();
      },
      onError: errors.apply,
    }),
  );
  const bp = (r: Reading) => (r.systolic ? `${r.systolic}/${r.diastolic}` : "—");
  return (
    <ChartCard
      title={t("vitals")}
      empty={vitals.length === 0 && t("noVitals")}
      list={
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("started")}</TableHead>
              <TableHead>{t("bp")}</TableHead>
              <TableHead>{t("pulse")}</TableHead>
              <TableHead>{t("respiratoryRate")}</TableHead>
              <TableHead>{t("temperatureC")}</TableHead>
              <TableHead>{t("spo2")}</TableHead>
              <TableHead>{t("bmi")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {vitals.map((r) => (
              <TableRow key={r.id} title={t("recordedBy", { name: r.recordedByName })}>
                <TableCell>{format.dateTime(r.recordedAt, { timeStyle: "short", dateStyle: "short" })}</TableCell>
                <TableCell dir="ltr">{bp(r)}</TableCell>
                <TableCell>{r.pulse ?? "—"}</TableCell>
                <TableCell>{r.respiratoryRate ?? "—"}</TableCell>
                <TableCell>{r.temperatureC ?? "—"}</TableCell>
                <TableCell>{r.spo2 ?? "—"}</TableCell>
                <TableCell>{r.bmi ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    >
      {canRecord && (
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit((v) => {
              errors.clear();
              record.mutate(v);
            })}
            className="space-y-3"
            noValidate
            aria-label={t("recordVitals")}
          >
            <div className="grid gap-3 sm:grid-cols-4">
              {FIELDS.map((f) => (
                <NumberField key={f} control={form.control} name={f} label={t(f)} nullable />
              ))}
            </div>
            <TextField control={form.control} name="notes" label={t("notes")} />
            <FormError message={errors.formError} />
            <Button type="submit" disabled={record.isPending}>
              {t("recordVitals")}
            </Button>
          </form>
        </Form>
      )}
    </ChartCard>
  );
}
