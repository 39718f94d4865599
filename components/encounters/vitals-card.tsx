"use client";
// Vitals of an encounter: the readings so far, and (while open) a form whose ranges are the server's own schema.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { vitalsSchema } from "@/shared/encounters/schemas";

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
  const qc = useQueryClient();
  const [values, setValues] = useState<Record<Field, string>>(
    Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<Field, string>,
  );
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const record = useMutation(
    trpc.encounter.recordVitals.mutationOptions({
      onSuccess: () => {
        toast.success(t("vitalsSaved"));
        setValues(Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<Field, string>);
        setNotes("");
        void qc.invalidateQueries({ queryKey: trpc.encounter.get.queryKey({ id: encounterId }) });
      },
      onError: (e) => {
        const info = errorInfo(e);
        if (info.issues?.length) setErrors(Object.fromEntries(info.issues.map((i) => [i.path || "form", i.message])));
        else toast.error(info.message);
      },
    }),
  );
  const submit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const input = {
      encounterId,
      notes,
      ...Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() === "" ? null : Number(values[f])])),
    };
    const parsed = vitalsSchema.safeParse(input);
    if (!parsed.success)
      return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "form", i.message])));
    setErrors({});
    record.mutate(parsed.data);
  };
  const bp = (r: Reading) => (r.systolic ? `${r.systolic}/${r.diastolic}` : "—");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("vitals")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {vitals.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noVitals")}</p>
        ) : (
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
        )}
        {canRecord && (
          <form onSubmit={submit} className="space-y-3" noValidate aria-label={t("recordVitals")}>
            <div className="grid gap-3 sm:grid-cols-4">
              {FIELDS.map((f) => (
                <div key={f} className="grid gap-1">
                  <Label htmlFor={`v-${f}`}>{t(f)}</Label>
                  <Input
                    id={`v-${f}`}
                    inputMode="decimal"
                    value={values[f]}
                    onChange={(e) => setValues({ ...values, [f]: e.target.value })}
                    aria-invalid={errors[f] ? true : undefined}
                    aria-describedby={errors[f] ? `v-${f}-err` : undefined}
                  />
                  {errors[f] && (
                    <p id={`v-${f}-err`} role="alert" className="text-xs text-destructive">
                      {errors[f]}
                    </p>
                  )}
                </div>
              ))}
            </div>
            <div className="grid gap-1">
              <Label htmlFor="v-notes">{t("notes")}</Label>
              <Input id="v-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
            {errors.form && (
              <p role="alert" className="text-sm text-destructive">
                {errors.form}
              </p>
            )}
            <Button type="submit" disabled={record.isPending}>
              {t("recordVitals")}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
