"use client";
// The SOAP note: editable by the encounter's doctor while it is open, plain text for everyone else. A save names the
// note version the edit started from; when someone saved in between, the server refuses (NOTE_CHANGED) with the note
// as it is now, and the card shows both texts side by side — the doctor loads the saved note or copies their own,
// nothing is lost.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormError, readErrorAnswer, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { NOTE_PARTS, noteSchema } from "@/shared/encounters/schemas";
import { ChartCard, useRefreshEncounter } from "./chart-card";

type Part = (typeof NOTE_PARTS)[number];
type Note = Record<Part, string>;

/** a save refused because the note changed meanwhile: the saved note (theirs) and the text that was not saved (mine) */
type Conflict = { version: number; name: string; theirs: Note; mine: Note; loaded: boolean };

const partsOf = (n: Partial<Record<Part, unknown>>): Note =>
  Object.fromEntries(NOTE_PARTS.map((p) => [p, typeof n[p] === "string" ? n[p] : ""])) as Note;

export function SoapCard({
  encounterId,
  note,
  noteVersion,
  editable,
}: {
  encounterId: string;
  note: Note;
  noteVersion: number;
  editable: boolean;
}) {
  const t = useTranslations("encounters");
  const trpc = useTRPC();
  const refresh = useRefreshEncounter(encounterId);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // the form holds, besides the text, the note version this edit started from (baseVersion, not shown)
  const form = useForm<z.input<typeof noteSchema>, unknown, z.output<typeof noteSchema>>({
    resolver: zodResolver(noteSchema),
    defaultValues: { encounterId, baseVersion: noteVersion, ...partsOf(note) },
  });
  const errors = useServerErrors(form);
  const { isDirty } = form.formState;

  // the note was saved elsewhere (another tab, a refresh): follow it unless the doctor is typing — then their text
  // stays, and saving it shows both texts
  useEffect(() => {
    if (noteVersion === form.getValues("baseVersion") || isDirty) return;
    form.reset({ encounterId, baseVersion: noteVersion, ...partsOf(note) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new version arrives
  }, [noteVersion]);

  const save = useMutation(
    trpc.encounter.saveNote.mutationOptions({
      onSuccess: (row) => {
        form.reset({ encounterId, baseVersion: row.noteVersion, ...partsOf(row) });
        setConflict(null);
        toast.success(t("noteSaved"));
        void refresh();
      },
      onError: (err, sent) => {
        const answer = readErrorAnswer(err);
        if (answer.appCode === "NOTE_CHANGED" && answer.params) {
          const p = answer.params;
          setConflict({
            version: Number(p.version),
            name: String(p.name ?? ""),
            theirs: partsOf(p),
            mine: partsOf(sent),
            loaded: false,
          });
        }
        errors.apply(err);
      },
    }),
  );

  const loadSaved = () => {
    if (!conflict) return;
    form.reset({ encounterId, baseVersion: conflict.version, ...conflict.theirs });
    setConflict({ ...conflict, loaded: true });
    errors.clear();
  };
  const copyMine = async () => {
    if (!conflict) return;
    const text = NOTE_PARTS.filter((p) => conflict.mine[p])
      .map((p) => `${t(p)}:\n${conflict.mine[p]}`)
      .join("\n\n");
    try {
      await navigator.clipboard.writeText(text);
      toast.success(t("noteCopied"));
    } catch {
      toast.error(t("noteCopyFailed"));
    }
  };

  return (
    <ChartCard title={t("soap")}>
      {editable ? (
        <Form {...form}>
          <form
            className="grid gap-4"
            noValidate
            onSubmit={form.handleSubmit((v) => {
              errors.clear();
              save.mutate(v);
            })}
          >
            {conflict && (
              <NoteConflict
                conflict={conflict}
                onLoad={loadSaved}
                onCopy={() => void copyMine()}
                onClose={() => {
                  setConflict(null);
                  errors.clear();
                }}
              />
            )}
            {NOTE_PARTS.map((p) => (
              <TextField
                key={p}
                control={form.control}
                name={p}
                label={t(p)}
                type="textarea"
                rows={p === "chiefComplaint" ? 1 : 3}
              />
            ))}
            <FormError message={errors.formError} />
            <div>
              <Button type="submit" disabled={!isDirty || save.isPending}>
                {t("saveNote")}
              </Button>
            </div>
          </form>
        </Form>
      ) : (
        <div className="grid gap-4">
          {NOTE_PARTS.map((p) => (
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

/** both texts of each part that differs: the saved one and the one that was not saved */
function NoteConflict({
  conflict,
  onLoad,
  onCopy,
  onClose,
}: {
  conflict: Conflict;
  onLoad: () => void;
  onCopy: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("encounters");
  const differing = NOTE_PARTS.filter((p) => conflict.theirs[p] !== conflict.mine[p]);
  return (
    <section
      aria-label={t("noteConflictTitle")}
      data-testid="note-conflict"
      className="grid gap-3 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm"
    >
      <h3 className="font-medium">{t("noteConflictTitle")}</h3>
      <p>{conflict.loaded ? t("noteConflictLoaded") : t("noteConflictHint")}</p>
      {differing.map((p) => (
        <div key={p} className="grid gap-2">
          <p className="font-medium">{t(p)}</p>
          <div className="grid gap-2 md:grid-cols-2">
            <div className="grid gap-1">
              <p className="text-xs text-muted-foreground">{t("noteTheirs", { name: conflict.name })}</p>
              <p className="min-h-6 rounded-md bg-background px-3 py-2 whitespace-pre-wrap">
                {conflict.theirs[p] || "—"}
              </p>
            </div>
            <div className="grid gap-1">
              <p className="text-xs text-muted-foreground">{t("noteMine")}</p>
              <p className="min-h-6 rounded-md bg-background px-3 py-2 whitespace-pre-wrap">
                {conflict.mine[p] || "—"}
              </p>
            </div>
          </div>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        {!conflict.loaded && (
          <Button type="button" size="sm" onClick={onLoad}>
            {t("noteLoadSaved")}
          </Button>
        )}
        <Button type="button" size="sm" variant="outline" onClick={onCopy}>
          {t("noteCopyMine")}
        </Button>
        {conflict.loaded && (
          <Button type="button" size="sm" variant="ghost" onClick={onClose}>
            {t("noteConflictClose")}
          </Button>
        )}
      </div>
    </section>
  );
}
