"use client";
// One part of an encounter (vitals, note, diagnoses, prescriptions, addenda): a titled card with what was recorded
// (or a line saying there is nothing yet), then the form that adds to it.
import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export function ChartCard(props: { title: string; empty?: string | false; list?: ReactNode; children?: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{props.title}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {props.empty ? <p className="text-sm text-muted-foreground">{props.empty}</p> : props.list}
        {props.children}
      </CardContent>
    </Card>
  );
}

/** after a change: the encounter is read again */
export function useRefreshEncounter(encounterId: string) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: trpc.encounter.get.queryKey({ id: encounterId }) });
}
