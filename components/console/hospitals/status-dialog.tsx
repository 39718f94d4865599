"use client";
// Changing a hospital's subscription status: ACTIVE, EXPIRED (read-only) or SUSPENDED (no sign-in).
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { SETTABLE_STATUSES, type SettableStatus } from "@/shared/console/schemas";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ConsoleHospital } from "../types";
import { ChoiceDialog } from "./choice-dialog";
import { useRefreshHospitals } from "./use-refresh";

export function StatusDialog({ hospital, onClose }: { hospital: ConsoleHospital; onClose: () => void }) {
  const t = useTranslations("superadmin");
  const trpc = useTRPC();
  const showError = useErrorToast();
  const refresh = useRefreshHospitals();
  const setStatus = useMutation(
    trpc.hospital.setStatus.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("status.saved", { code: hospital.code, status: t(`statuses.${r.hospital.status}`) }));
        if (r.sessionsEnded > 0) toast.info(t("status.sessionsEnded", { count: r.sessionsEnded }));
        refresh();
        onClose();
      },
      onError: showError,
    }),
  );
  const initial: SettableStatus = hospital.status === "PROVISIONING" ? "ACTIVE" : hospital.status;
  return (
    <ChoiceDialog
      title={t("status.title", { code: hospital.code })}
      intro={t("status.intro")}
      options={SETTABLE_STATUSES.map((s) => ({
        value: s,
        label: t(`statuses.${s}`),
        description: t(`statusRules.${s}`),
      }))}
      initial={initial}
      pending={setStatus.isPending}
      onSubmit={(status) => setStatus.mutate({ code: hospital.code, status })}
      onClose={onClose}
      note={(status) =>
        status === "SUSPENDED" && hospital.status !== "SUSPENDED" ? (
          <Alert variant="warning">
            <AlertDescription>{t("status.suspendWarning", { name: hospital.name })}</AlertDescription>
          </Alert>
        ) : status === "ACTIVE" && hospital.readOnly && hospital.subscriptionEndsAt ? (
          <Alert>
            <AlertDescription>{t("status.endDatePassed")}</AlertDescription>
          </Alert>
        ) : null
      }
    />
  );
}
