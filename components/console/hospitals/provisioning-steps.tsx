"use client";
// The steps of provisioning a hospital as they run: done (with their time), running, waiting, or where it stopped.
import { Check, Circle, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ProvisionStep } from "@/server/tenancy/provision";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/utils";

const STEPS: ReadonlyArray<{ step: ProvisionStep; key: "controlRow" | "database" | "migrations" | "meta" | "active" }> =
  [
    { step: "control-row", key: "controlRow" },
    { step: "database", key: "database" },
    { step: "migrations", key: "migrations" },
    { step: "meta", key: "meta" },
    { step: "active", key: "active" },
  ];

export type StepTiming = { step: ProvisionStep; ms: number };

export function ProvisioningSteps({ steps, state }: { steps: StepTiming[]; state: "running" | "done" | "failed" }) {
  const t = useTranslations("superadmin.steps");
  const format = useFormatter();
  const done = new Map(steps.map((s) => [s.step, s.ms]));
  const current = STEPS.find((s) => !done.has(s.step))?.step;
  return (
    <ol className="space-y-2" aria-label={t("title")} aria-live="polite" data-testid="provisioning-steps">
      {STEPS.map(({ step, key }) => {
        const ms = done.get(step);
        const phase =
          ms !== undefined
            ? "done"
            : step === current
              ? state === "failed"
                ? "failed"
                : state === "running"
                  ? "running"
                  : "waiting"
              : "waiting";
        return (
          <li
            key={step}
            className={cn("flex items-center gap-3 text-sm", phase === "waiting" && "text-muted-foreground")}
            data-state={phase}
          >
            {phase === "done" && <Check className="size-4 text-success" aria-hidden />}
            {phase === "running" && <Spinner aria-label={t("running")} />}
            {phase === "failed" && <X className="size-4 text-destructive" aria-hidden />}
            {phase === "waiting" && <Circle className="size-4" aria-hidden />}
            <span className="flex-1">{t(key)}</span>
            <span className="text-xs text-muted-foreground tabular-nums">
              {ms !== undefined
                ? format.number(ms, { style: "unit", unit: "millisecond" })
                : phase === "failed"
                  ? t("stopped")
                  : phase === "running"
                    ? t("running")
                    : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
