"use client";
// The SOAP note: editable by the doctor while the encounter is open, plain text for everyone else.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { noteSchema } from "@/shared/encounters/schemas";
import { ChartCard, useRefreshEncounter } from "./chart-card";

const PARTS = ["chiefComplaint", "subjective", "objective", "assessment", "plan"] as const;
type Note = Record<(typeof PARTS)[number], string>;

export function SoapCard({ encounterId, note, editable }: { encounterId: string; note: Note; editable: boolean }) {
  const t = useTranslations("encounters");
  const trpc = useTRPC();
  const refresh = useRefreshEncounter(encounterId);
  const form = useForm<z.input<typeof noteSchema>, unknown, z.output<typeof noteSchema>>({
    resolver: zodResolver(noteSchema),
    defaultValues: { encounterId, ...Object.fromEntries(PARTS.map((p) => [p, note[p]])) },
  });
  const errors = useServerErrors(form, { toast: true });
  const save = useMutation(
    trpc.encounter.saveNote.mutationOptions({
      onSuccess: () => {
        toast.success(t("noteSaved"));
        void refresh();
      },
      onError: errors.apply,
    }),
  );
  return (
    <ChartCard title={t("soap")}>
      {editable ? (
        <Form {...form}>
          <form className="grid gap-4" noValidate onSubmit={form.handleSubmit((v) => save.mutate(v))}>
            {PARTS.map((p) => (
              <TextField
                key={p}
                control={form.control}
                name={p}
                label={t(p)}
                type="textarea"
                rows={p === "chiefComplaint" ? 1 : 3}
              />
            ))}
            <div>
              <Button type="submit" disabled={!form.formState.isDirty || save.isPending}>
                {t("saveNote")}
              </Button>
            </div>
          </form>
        </Form>
      ) : (
        <div className="grid gap-4">
          {PARTS.map((p) => (
            <div key={p} className="grid gap-1">
              <Label htmlFor={`soap-${p}`}>{t(p)}</Label>
              {/* rendered as text: whatever was typed (even markup) shows as typed */}
              <p id={`soap-${p}`} className="min-h-6 rounded-md bg-muted/40 px-3 py-2 text-sm whitespace-pre-wrap">
                {note[p] || "—"}
              </p>
            </div>
          ))}
        </div>
      )}
    </ChartCard>
  );
}
