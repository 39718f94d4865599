"use client";
// Diagnoses with ICD-10 codes picked from the bundled list (search by code or by words of the title).
import { useMutation, useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { toast } from "sonner";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ChartCard, useRefreshEncounter } from "./chart-card";

type Diagnosis = { id: string; icdCode: string; title: string; kind: "PRIMARY" | "SECONDARY" };

export function DiagnosesCard({
  encounterId,
  diagnoses,
  editable,
}: {
  encounterId: string;
  diagnoses: Diagnosis[];
  editable: boolean;
}) {
  const t = useTranslations("encounters");
  const trpc = useTRPC();
  const refresh = useRefreshEncounter(encounterId);
  const showError = useErrorToast();
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<"PRIMARY" | "SECONDARY">(
    diagnoses.some((d) => d.kind === "PRIMARY") ? "SECONDARY" : "PRIMARY",
  );
  const q = useDeferredValue(query.trim());
  const results = useQuery({ ...trpc.icd.search.queryOptions({ q, limit: 8 }), enabled: editable && q.length >= 2 });
  const add = useMutation(
    trpc.encounter.addDiagnosis.mutationOptions({
      onSuccess: () => {
        toast.success(t("diagnosisAdded"));
        setQuery("");
        void refresh();
      },
      onError: showError,
    }),
  );
  const remove = useMutation(
    trpc.encounter.removeDiagnosis.mutationOptions({
      onSuccess: refresh,
      onError: showError,
    }),
  );
  return (
    <ChartCard
      title={t("diagnoses")}
      empty={diagnoses.length === 0 && t("noDiagnoses")}
      list={
        <ul className="space-y-1" data-testid="diagnoses">
          {diagnoses.map((d) => (
            <li key={d.id} className="flex items-center gap-2 text-sm">
              <Badge variant={d.kind === "PRIMARY" ? "default" : "secondary"}>
                {d.kind === "PRIMARY" ? t("primary") : t("secondary")}
              </Badge>
              <span className="font-mono" dir="ltr">
                {d.icdCode}
              </span>
              <span>{d.title}</span>
              {editable && (
                <Button
                  variant="ghost"
                  size="icon"
                  className="size-7"
                  aria-label={`${t("remove")} ${d.icdCode}`}
                  onClick={() => remove.mutate({ encounterId, id: d.id })}
                >
                  <X aria-hidden />
                </Button>
              )}
            </li>
          ))}
        </ul>
      }
    >
      {editable && (
        <div className="space-y-2">
          <div className="flex gap-2">
            <Input
              aria-label={t("diagnosisSearch")}
              placeholder={t("diagnosisSearch")}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <NativeSelect
              aria-label={t("primary")}
              value={kind}
              onChange={(e) => setKind(e.target.value as "PRIMARY")}
              wrapperClassName="w-40"
            >
              <option value="PRIMARY">{t("primary")}</option>
              <option value="SECONDARY">{t("secondary")}</option>
            </NativeSelect>
          </div>
          {(results.data?.length ?? 0) > 0 && (
            <ul role="listbox" aria-label={t("diagnosisSearch")} className="max-h-64 overflow-auto rounded-md border">
              {results.data!.map((r) => (
                <li key={r.code}>
                  <button
                    type="button"
                    role="option"
                    aria-selected={false}
                    className="flex w-full gap-3 px-3 py-2 text-start text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
                    onClick={() => add.mutate({ encounterId, icdCode: r.code, kind })}
                  >
                    <span className="w-20 shrink-0 font-mono" dir="ltr">
                      {r.code}
                    </span>
                    <span>{r.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </ChartCard>
  );
}
