"use client";
// Addenda of a signed encounter: corrections and later findings, each with its author and time; the note itself
// never changes once signed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { addendumSchema } from "@/shared/encounters/schemas";
import { ChartCard, useRefreshEncounter } from "./chart-card";

type Addendum = { id: string; text: string; authorName: string; createdAt: Date };

export function AddendaCard({
  encounterId,
  addenda,
  canAdd,
}: {
  encounterId: string;
  addenda: Addendum[];
  canAdd: boolean;
}) {
  const t = useTranslations("encounters");
  const format = useFormatter();
  const trpc = useTRPC();
  const refresh = useRefreshEncounter(encounterId);
  const form = useForm<z.input<typeof addendumSchema>, unknown, z.output<typeof addendumSchema>>({
    resolver: zodResolver(addendumSchema),
    defaultValues: { encounterId, text: "" },
  });
  const text = useWatch({ control: form.control, name: "text" });
  const errors = useServerErrors(form, { toast: true });
  const add = useMutation(
    trpc.encounter.addAddendum.mutationOptions({
      onSuccess: () => {
        toast.success(t("addendumAdded"));
        form.reset({ encounterId, text: "" });
        void refresh();
      },
      onError: errors.apply,
    }),
  );
  return (
    <ChartCard
      title={t("addenda")}
      empty={addenda.length === 0 && t("noAddenda")}
      list={
        <ol className="space-y-3">
          {addenda.map((a) => (
            <li key={a.id} className="rounded-md border-s-4 border-primary/40 bg-muted/30 px-3 py-2">
              <p className="text-sm whitespace-pre-wrap">{a.text}</p>
              <p className="mt-1 text-xs text-muted-foreground">
                {t("byOn", {
                  name: a.authorName,
                  date: format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            </li>
          ))}
        </ol>
      }
    >
      {canAdd && (
        <Form {...form}>
          <form className="grid gap-2" noValidate onSubmit={form.handleSubmit((v) => add.mutate(v))}>
            <TextField control={form.control} name="text" label={t("addendum")} type="textarea" rows={3} />
            <div>
              <Button type="submit" disabled={!text?.trim() || add.isPending}>
                {t("addAddendum")}
              </Button>
            </div>
          </form>
        </Form>
      )}
    </ChartCard>
  );
}
