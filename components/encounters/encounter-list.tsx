"use client";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function EncounterList({ doctorId }: { doctorId: string | null }) {
  const t = useTranslations("encounters");
  const format = useFormatter();
  const trpc = useTRPC();
  const [mine, setMine] = useState(doctorId !== null);
  const filter = mine && doctorId ? { doctorId } : {};
  const open = useQuery(trpc.encounter.list.queryOptions({ ...filter, status: ["OPEN"], limit: 100 }));
  const signed = useQuery(trpc.encounter.list.queryOptions({ ...filter, status: ["SIGNED"], limit: 30 }));
  const table = (rows: NonNullable<typeof open.data>, label: string) => (
    <section className="space-y-2" aria-label={label}>
      <h2 className="text-lg font-medium">{label}</h2>
      {rows.length === 0 ? (
        <EmptyState title={t("none")} description={t("noneHint")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("started")}</TableHead>
              <TableHead>{t("patient")}</TableHead>
              <TableHead>{t("doctor")}</TableHead>
              <TableHead>{t("complaint")}</TableHead>
              <TableHead>{t("diagnoses")}</TableHead>
              <TableHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{format.dateTime(e.startedAt, { dateStyle: "short", timeStyle: "short" })}</TableCell>
                <TableCell>
                  <Link href={`/encounters/${e.id}`} className="font-medium hover:underline">
                    {e.patient.lastName}, {e.patient.firstName}
                  </Link>{" "}
                  <span className="font-mono text-xs text-muted-foreground" dir="ltr">
                    {e.patient.mrn}
                  </span>
                </TableCell>
                <TableCell>{e.doctorName}</TableCell>
                <TableCell>{e.chiefComplaint}</TableCell>
                <TableCell>{e.diagnoses.map((d) => d.icdCode).join(", ")}</TableCell>
                <TableCell>
                  <Badge variant="outline">{e.kind === "APPOINTMENT" ? t("kindAPPOINTMENT") : t("kindWALK_IN")}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
  return (
    <div className="space-y-6">
      {doctorId && (
        <div className="flex items-center gap-2">
          <Checkbox id="mine" checked={mine} onCheckedChange={(v) => setMine(v === true)} />
          <Label htmlFor="mine">{t("mine")}</Label>
        </div>
      )}
      {open.isLoading ? <Skeleton className="h-40 w-full" /> : table(open.data ?? [], t("open"))}
      {signed.isLoading ? <Skeleton className="h-40 w-full" /> : table(signed.data ?? [], t("signed"))}
    </div>
  );
}
