"use client";
// The SOAP note: editable by the doctor while the encounter is open, plain text for everyone else.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

const PARTS = ["chiefComplaint", "subjective", "objective", "assessment", "plan"] as const;
type Note = Record<(typeof PARTS)[number], string>;

export function SoapCard({ encounterId, note, editable }: { encounterId: string; note: Note; editable: boolean }) {
  const t = useTranslations("encounters");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Note>(note);
  const save = useMutation(
    trpc.encounter.saveNote.mutationOptions({
      onSuccess: () => {
        toast.success(t("noteSaved"));
        void qc.invalidateQueries({ queryKey: trpc.encounter.get.queryKey({ id: encounterId }) });
      },
      onError: (e) => toast.error(errorInfo(e).message),
    }),
  );
  const dirty = PARTS.some((p) => draft[p] !== note[p]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("soap")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <form
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ encounterId, ...draft });
          }}
        >
          {PARTS.map((p) => (
            <div key={p} className="grid gap-1">
              <Label htmlFor={`soap-${p}`}>{t(p)}</Label>
              {editable ? (
                <Textarea
                  id={`soap-${p}`}
                  value={draft[p]}
                  rows={p === "chiefComplaint" ? 1 : 3}
                  onChange={(e) => setDraft({ ...draft, [p]: e.target.value })}
                />
              ) : (
                // rendered as text: whatever was typed (even markup) shows as typed
                <p id={`soap-${p}`} className="min-h-6 whitespace-pre-wrap rounded-md bg-muted/40 px-3 py-2 text-sm">
                  {note[p] || "—"}
                </p>
              )}
            </div>
          ))}
          {editable && (
            <div>
              <Button type="submit" disabled={!dirty || save.isPending}>
                {t("saveNote")}
              </Button>
            </div>
          )}
        </form>
      </CardContent>
    </Card>
  );
}
