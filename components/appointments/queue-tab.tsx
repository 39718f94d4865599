"use client";
// The reception desk's list of today's appointments (hospital time), in order of time, refreshed every half minute;
// each row offers the next steps the user's role may take.
import { useQuery } from "@tanstack/react-query";
import { CalendarX2, RotateCw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/components/utils";
import { INACTIVE_STATUSES, PatientMarkers, PriorityBadge, StatusBadge, useDoctorName } from "./labels";
import { StatusActions } from "./status-actions";
import type { AppointmentRow, Doctor } from "./types";
import { useAppointmentsUi } from "./ui-context";

const matches = (a: AppointmentRow, q: string) =>
  !q ||
  `${a.patient.firstName} ${a.patient.lastName} ${a.patient.mrn} ${a.number}`
    .toLowerCase()
    .includes(q.trim().toLowerCase());

export function QueueTab({ doctors }: { doctors: Doctor[] }) {
  const t = useTranslations("appointments.queue");
  const ta = useTranslations("appointments");
  const { config, openDetails } = useAppointmentsUi();
  const trpc = useTRPC();
  const queue = useQuery({ ...trpc.appointment.queue.queryOptions(), refetchInterval: 30_000 });
  const [doctorId, setDoctorId] = useState(config.selfDoctorId ?? "");
  const [search, setSearch] = useState("");
  const rows = useMemo(
    () => (queue.data?.items ?? []).filter((a) => (!doctorId || a.doctorId === doctorId) && matches(a, search)),
    [queue.data, doctorId, search],
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="queue-doctor">{t("filterDoctor")}</Label>
          <NativeSelect
            id="queue-doctor"
            value={doctorId}
            onChange={(e) => setDoctorId(e.target.value)}
            wrapperClassName="w-56"
          >
            <option value="">{ta("allDoctors")}</option>
            {doctors.map((d) => (
              <option key={d.id} value={d.id}>
                {ta("doctorName", { first: d.firstName, last: d.lastName })}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="queue-search">{t("search")}</Label>
          <Input
            id="queue-search"
            type="search"
            className="w-64"
            placeholder={t("searchPlaceholder")}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <p className="ms-auto text-sm text-muted-foreground" aria-live="polite">
          {queue.data && t("count", { count: rows.length })}
        </p>
        <Button
          variant="outline"
          size="icon"
          onClick={() => void queue.refetch()}
          disabled={queue.isFetching}
          aria-label={t("refresh")}
        >
          <RotateCw aria-hidden className={cn(queue.isFetching && "animate-spin")} />
        </Button>
      </div>
      <QueueBody state={queue} rows={rows} doctors={doctors} onOpen={openDetails} />
    </div>
  );
}

function QueueBody({
  state,
  rows,
  doctors,
  onOpen,
}: {
  state: { isLoading: boolean; isError: boolean; data?: { items: AppointmentRow[] }; refetch: () => unknown };
  rows: AppointmentRow[];
  doctors: Doctor[];
  onOpen: (id: string) => void;
}) {
  const t = useTranslations("appointments.queue");
  const ta = useTranslations("appointments");
  const format = useFormatter();
  const { config } = useAppointmentsUi();
  const doctorName = useDoctorName();
  if (state.isError)
    return (
      <Alert variant="destructive">
        <AlertDescription className="flex flex-wrap items-center gap-3">
          {t("loadError")}
          <Button size="sm" variant="outline" onClick={() => void state.refetch()}>
            {t("retry")}
          </Button>
        </AlertDescription>
      </Alert>
    );
  if (state.isLoading) return <QueueSkeleton />;
  if (rows.length === 0) {
    const none = (state.data?.items.length ?? 0) === 0;
    return (
      <EmptyState
        icon={<CalendarX2 />}
        title={none ? t("emptyTitle") : t("noMatchTitle")}
        description={none ? t("emptyBody") : t("noMatchBody")}
      />
    );
  }
  const names = new Map(doctors.map((d) => [d.id, doctorName(d)]));
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short", timeZone: config.timeZone });
  return (
    <Table>
      <TableCaption className="sr-only">{t("caption")}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("time")}</TableHead>
          <TableHead>{t("number")}</TableHead>
          <TableHead>{t("patient")}</TableHead>
          <TableHead>{t("doctor")}</TableHead>
          <TableHead className="hidden xl:table-cell">{t("type")}</TableHead>
          <TableHead>{t("priority")}</TableHead>
          <TableHead>{t("status")}</TableHead>
          <TableHead className="text-end">{t("actions")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((a) => (
          <TableRow
            key={a.id}
            data-testid="queue-row"
            className={cn(INACTIVE_STATUSES.includes(a.status) && "text-muted-foreground")}
          >
            <TableCell className="tabular-nums">
              {time(a.startsAt)}–{time(a.endsAt)}
            </TableCell>
            <TableCell>
              <Button
                variant="link"
                className="h-auto p-0 font-mono text-xs"
                dir="ltr"
                onClick={() => onOpen(a.id)}
                aria-label={t("open", { number: a.number })}
              >
                {a.number}
              </Button>
            </TableCell>
            <TableCell className="whitespace-normal">
              <div className="flex flex-wrap items-center gap-1.5">
                <span className="font-medium text-foreground">
                  {a.patient.firstName} {a.patient.lastName}
                </span>
                <PatientMarkers patient={a.patient} />
              </div>
              <div className="font-mono text-xs text-muted-foreground" dir="ltr">
                {a.patient.mrn}
              </div>
            </TableCell>
            <TableCell>{names.get(a.doctorId) ?? a.doctorName}</TableCell>
            <TableCell className="hidden xl:table-cell">{ta(`type.${a.type}`)}</TableCell>
            <TableCell>
              <PriorityBadge priority={a.priority} />
            </TableCell>
            <TableCell>
              <StatusBadge status={a.status} />
            </TableCell>
            <TableCell>
              <StatusActions appointment={a} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function QueueSkeleton() {
  return (
    <div className="space-y-2" aria-busy="true">
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-12 w-full" />
      ))}
    </div>
  );
}
