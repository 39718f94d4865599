"use client";
// Saving one section of the settings page: the answer replaces the cached settings, and the server-rendered frame is
// refreshed (hospital name, navigation without switched-off modules, language and direction). Every save carries the
// version the page shows (baseVersion): if another admin saved meanwhile it is refused (STALE) and the page reloads the
// settings, so nobody overwrites what they have not seen.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/components/trpc/client";
import { readErrorAnswer } from "@/components/form/error-answer";
import type { SettingsUpdateInput } from "@/shared/hospitals/settings-input";

export function useSaveSettings(onError: (error: unknown) => void) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const t = useTranslations("hospitalAdmin.settings");
  const options = trpc.settings.update.mutationOptions({
    onSuccess: (data) => {
      qc.setQueryData(trpc.settings.get.queryKey(), data);
      toast.success(t("saved"));
      router.refresh();
    },
    onError: (error) => {
      if (readErrorAnswer(error).appCode === "STALE")
        void qc.invalidateQueries({ queryKey: trpc.settings.get.queryKey() });
      onError(error);
    },
  });
  return useMutation({
    ...options,
    mutationFn: (input: SettingsUpdateInput, context) =>
      options.mutationFn!({ ...input, baseVersion: qc.getQueryData(trpc.settings.get.queryKey())?.version }, context),
  });
}
