"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/components/trpc/client";

/** after an account changed: the users list and the hospital staff counts read it again */
export function useRefreshUsers() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return useCallback(() => {
    for (const queryKey of [
      trpc.platformUser.list.queryKey(),
      trpc.hospital.list.queryKey(),
      trpc.hospital.stats.queryKey(),
    ])
      void qc.invalidateQueries({ queryKey });
  }, [trpc, qc]);
}
