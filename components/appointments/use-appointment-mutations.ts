"use client";
// Appointment changes with the same after-effects everywhere: every appointment query (queue, calendars, details,
// the dashboard) is refreshed, and the result is told in a toast.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";

export function useRefreshAppointments() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: trpc.appointment.pathKey() });
}

/** a plain status step (confirm, check in, start, complete); cancel, no-show and reschedule have their dialogs */
export function useStatusChange() {
  const trpc = useTRPC();
  const t = useTranslations("appointments");
  const refresh = useRefreshAppointments();
  const showError = useErrorToast();
  return useMutation(
    trpc.appointment.updateStatus.mutationOptions({
      onSuccess: (row) => {
        toast.success(t("action.changed", { number: row.number, status: t(`status.${row.status}`) }));
        void refresh();
      },
      onError: (err) => {
        showError(err);
        // the appointment may have changed meanwhile: show what it is now
        void refresh();
      },
    }),
  );
}
