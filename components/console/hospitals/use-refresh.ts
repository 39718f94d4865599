"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/client";

/** after a hospital changed: the table, the figures and the health panel read it again */
export function useRefreshHospitals() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return useCallback(() => {
    for (const queryKey of [
      trpc.hospital.list.queryKey(),
      trpc.hospital.stats.queryKey(),
      trpc.system.health.queryKey(),
    ])
      void qc.invalidateQueries({ queryKey });
  }, [trpc, qc]);
}
