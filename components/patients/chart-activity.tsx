"use client";
// The lower half of a chart: appointments, encounters, and who opened the chart — each loaded when its tab opens.
import type { HospitalRole } from "@/shared/enums";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { WalkInButton, type WalkInDoctor } from "./walk-in-button";

type Props = {
  patientId: string;
  show: { appointments: boolean; encounters: boolean; access: boolean; startEncounter: boolean };
  /** who a walk-in is for: the user themselves (a doctor), or a doctor chosen from the hospital's doctors */
  walkIn: { selfDoctor: boolean; doctors: WalkInDoctor[] };
};

const Loading = () => <Skeleton className="h-24 w-full" />;

function Appointments({ patientId }: { patientId: string }) {
  const t = useTranslations("patients");
  const format = useFormatter();
  const trpc = useTRPC();
  const q = useQuery(trpc.appointment.list.queryOptions({ patientId, limit: 100 }));
  if (q.isLoading) return <Loading />;
  const items = [...(q.data?.items ?? [])].reverse();
  if (items.length === 0) return <EmptyState title={t("noAppointments")} />;
  return (
    <Table>
      <TableBody>
        {items.map((a) => (
          <TableRow key={a.id}>
            <TableCell className="font-mono text-xs" dir="ltr">
              {a.number}
            </TableCell>
            <TableCell>{format.dateTime(a.startsAt, { dateStyle: "medium", timeStyle: "short" })}</TableCell>
            <TableCell>{a.doctorName}</TableCell>
            <TableCell>{a.reason}</TableCell>
            <TableCell>
              <Badge variant="outline">{a.status}</Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Encounters({ patientId, walkIn }: { patientId: string; walkIn: Props["walkIn"] | null }) {
  const t = useTranslations("patients");
  const format = useFormatter();
  const trpc = useTRPC();
  const q = useQuery(trpc.encounter.list.queryOptions({ patientId, limit: 100 }));
  return (
    <div className="space-y-3">
      {walkIn && <WalkInButton patientId={patientId} {...walkIn} />}
      {q.isLoading ? (
        <Loading />
      ) : (q.data ?? []).length === 0 ? (
        <EmptyState title={t("noEncounters")} />
      ) : (
        <Table>
          <TableBody>
            {q.data!.map((e) => (
              <TableRow key={e.id}>
                <TableCell>
                  <Link className="font-medium hover:underline" href={`/encounters/${e.id}`}>
                    {format.dateTime(e.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </Link>
                </TableCell>
                <TableCell>{e.doctorName}</TableCell>
                <TableCell>{e.chiefComplaint}</TableCell>
                <TableCell>{e.diagnoses.map((d) => `${d.icdCode} ${d.title}`).join("; ")}</TableCell>
                <TableCell>
                  <Badge variant={e.status === "SIGNED" ? "secondary" : "default"}>{e.status}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

function Access({ patientId }: { patientId: string }) {
  const t = useTranslations("patients");
  const tr = useTranslations("roles");
  const format = useFormatter();
  const trpc = useTRPC();
  const q = useQuery(trpc.phiLog.chartAccess.queryOptions({ patientId, limit: 50 }));
  if (q.isLoading) return <Loading />;
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted-foreground">{t("whoOpenedIntro")}</p>
      <Table data-testid="chart-access">
        <TableHeader>
          <TableRow>
            <TableHead>{t("accessWhen")}</TableHead>
            <TableHead>{t("accessWho")}</TableHead>
            <TableHead>{t("accessAction")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {(q.data?.items ?? []).map((r) => (
            <TableRow key={r.seq}>
              <TableCell>{format.dateTime(r.at, { dateStyle: "medium", timeStyle: "medium" })}</TableCell>
              <TableCell>
                {r.username} <span className="text-muted-foreground">({tr(r.role as HospitalRole)})</span>
              </TableCell>
              <TableCell className="font-mono text-xs">{r.action}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function ChartActivity({ patientId, show, walkIn }: Props) {
  const t = useTranslations("patients");
  const first = show.encounters ? "encounters" : show.appointments ? "appointments" : "access";
  if (!show.appointments && !show.encounters && !show.access) return null;
  return (
    <Tabs defaultValue={first}>
      <TabsList>
        {show.encounters && <TabsTrigger value="encounters">{t("encounters")}</TabsTrigger>}
        {show.appointments && <TabsTrigger value="appointments">{t("appointments")}</TabsTrigger>}
        {show.access && <TabsTrigger value="access">{t("whoOpened")}</TabsTrigger>}
      </TabsList>
      {show.encounters && (
        <TabsContent value="encounters">
          <Encounters patientId={patientId} walkIn={show.startEncounter ? walkIn : null} />
        </TabsContent>
      )}
      {show.appointments && (
        <TabsContent value="appointments">
          <Appointments patientId={patientId} />
        </TabsContent>
      )}
      {show.access && (
        <TabsContent value="access">
          <Access patientId={patientId} />
        </TabsContent>
      )}
    </Tabs>
  );
}
