"use client";
// Vitals of an encounter: the readings so far (a compact card each: when it was taken, then what was measured, in a
// grid that wraps — it fits a half-width card at 1440 px and a phone), and (while open) a form whose ranges are the
// server's own schema.
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
  const num = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  return (
    <ChartCard
      title={t("vitals")}
      empty={vitals.length === 0 && t("noVitals")}
      list={
        <ol className="space-y-3" aria-label={t("readings")}>
          {vitals.map((r) => (
            <ReadingCard key={r.id} reading={r} num={num} />
          ))}
        </ol>
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
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
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

/** what a reading shows, in this order; a value not measured is left out */
const SHOWN = ["bp", "pulse", "respiratoryRate", "temperatureC", "spo2", "heightCm", "weightKg", "bmi"] as const;

function ReadingCard({ reading: r, num }: { reading: Reading; num: (v: number) => string }) {
  const t = useTranslations("encounters");
  const format = useFormatter();
  const value = (k: (typeof SHOWN)[number]) =>
    k === "bp"
      ? r.systolic != null && r.diastolic != null
        ? `${num(r.systolic)}/${num(r.diastolic)}`
        : null
      : r[k] != null
        ? num(r[k])
        : null;
  const label = (k: (typeof SHOWN)[number]) => (k === "bp" ? t("bpReading") : k === "bmi" ? t("bmiReading") : t(k));
  return (
    <li className="rounded-md border p-3" data-testid="vitals-reading">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b pb-2">
        <p className="text-sm">
          <span className="text-muted-foreground">{t("takenAt")} </span>
          <time className="font-medium" dateTime={new Date(r.recordedAt).toISOString()}>
            {format.dateTime(r.recordedAt, { dateStyle: "medium", timeStyle: "short" })}
          </time>
        </p>
        <p className="text-xs text-muted-foreground">{t("recordedBy", { name: r.recordedByName })}</p>
      </div>
      <dl className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(7rem,1fr))] gap-x-4 gap-y-2">
        {SHOWN.map((k) => {
          const v = value(k);
          if (v === null) return null;
          return (
            <div key={k} className="min-w-0">
              <dt className="text-xs text-muted-foreground">{label(k)}</dt>
              <dd className="text-base font-medium tabular-nums">
                <span className="inline-block" dir="ltr" data-testid={`vital-${k}`}>
                  {v}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {r.notes && <p className="mt-2 text-sm text-muted-foreground">{r.notes}</p>}
    </li>
  );
}
