"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

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
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const add = useMutation(
    trpc.encounter.addAddendum.mutationOptions({
      onSuccess: () => {
        toast.success(t("addendumAdded"));
        setText("");
        void qc.invalidateQueries({ queryKey: trpc.encounter.get.queryKey({ id: encounterId }) });
      },
      onError: (e) => toast.error(errorInfo(e).message),
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("addenda")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {addenda.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noAddenda")}</p>
        ) : (
          <ol className="space-y-3">
            {addenda.map((a) => (
              <li key={a.id} className="rounded-md border-s-4 border-primary/40 bg-muted/30 px-3 py-2">
                <p className="whitespace-pre-wrap text-sm">{a.text}</p>
                <p className="mt-1 text-xs text-muted-foreground">
                  {t("byOn", {
                    name: a.authorName,
                    date: format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
              </li>
            ))}
          </ol>
        )}
        {canAdd && (
          <form
            className="grid gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (text.trim()) add.mutate({ encounterId, text });
            }}
          >
            <Label htmlFor="addendum">{t("addendum")}</Label>
            <Textarea id="addendum" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
            <div>
              <Button type="submit" disabled={!text.trim() || add.isPending}>
                {t("addAddendum")}
              </Button>
            </div>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
