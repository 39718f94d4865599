"use client";
// Saving one section of the settings page: the answer replaces the cached settings, and the server-rendered frame is
// refreshed (hospital name, navigation without switched-off modules, language and direction).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/components/trpc/client";

export function useSaveSettings(onError: (error: unknown) => void) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const t = useTranslations("hospitalAdmin.settings");
  return useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (data) => {
        qc.setQueryData(trpc.settings.get.queryKey(), data);
        toast.success(t("saved"));
        router.refresh();
      },
      onError,
    }),
  );
}
