"use client";
// Changing a hospital's plan. Nothing is deleted: above a smaller plan's limit, only new registrations are refused.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { PLANS } from "@/shared/enums";
import { PLAN_RULES } from "@/shared/hospitals/plans";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ConsoleHospital } from "../types";
import { ChoiceDialog } from "./choice-dialog";
import { useRefreshHospitals } from "./use-refresh";

export function PlanDialog({ hospital, onClose }: { hospital: ConsoleHospital; onClose: () => void }) {
  const t = useTranslations("superadmin");
  const format = useFormatter();
  const trpc = useTRPC();
  const showError = useErrorToast();
  const refresh = useRefreshHospitals();
  const setPlan = useMutation(
    trpc.hospital.setPlan.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("plan.saved", { code: hospital.code, plan: t(`plans.${r.hospital.plan}`) }));
        if (r.overLimit) toast.warning(t("plan.overLimit", { patients: r.patients ?? 0, max: r.maxPatients ?? 0 }));
        refresh();
        onClose();
      },
      onError: showError,
    }),
  );
  return (
    <ChoiceDialog
      title={t("plan.title", { code: hospital.code })}
      intro={t("plan.intro")}
      options={PLANS.map((p) => ({ value: p, label: t(`plans.${p}`), description: t(`planRules.${p}`) }))}
      initial={hospital.plan}
      pending={setPlan.isPending}
      onSubmit={(plan) => setPlan.mutate({ code: hospital.code, plan })}
      onClose={onClose}
      note={(plan) => {
        const max = PLAN_RULES[plan].maxPatients;
        if (max === null || hospital.patients === null || hospital.patients < max) return null;
        return (
          <Alert variant="warning">
            <AlertDescription>
              {t("plan.overLimitNote", { patients: format.number(hospital.patients), max: format.number(max) })}
            </AlertDescription>
          </Alert>
        );
      }}
    />
  );
}
