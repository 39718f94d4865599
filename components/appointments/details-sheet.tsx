"use client";
// One appointment at a glance, in a side sheet: patient (with allergy and VIP markers), doctor, time in hospital
// time, type, priority, reason, the next steps the user may take, the encounter, and the full status history.
import { can } from "@/shared/permissions";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Separator } from "@/components/ui/separator";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { PatientMarkers, PriorityBadge, StatusBadge } from "./labels";
import { StatusActions } from "./status-actions";
import type { HistoryEntry } from "./types";
import { useAppointmentsUi } from "./ui-context";

export function DetailsSheet({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useTranslations("appointments");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const showError = useErrorToast();
  const router = useRouter();
  const { config } = useAppointmentsUi();
  const q = useQuery(trpc.appointment.get.queryOptions({ id }));
  const start = useMutation(
    trpc.encounter.start.mutationOptions({
      onSuccess: (e) => router.push(`/encounters/${e.id}`),
      onError: showError,
    }),
  );
  const a = q.data;
  const clinician = can(config.role, "encounter.start");

  return (
    <Sheet open onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="w-full overflow-y-auto sm:max-w-lg" closeLabel={tc("close")}>
        <SheetHeader>
          <SheetTitle>{t("details.title", { number: a?.number ?? "…" })}</SheetTitle>
          <SheetDescription>
            {a ? format.dateTime(a.startsAt, { dateStyle: "full", timeStyle: "short" }) : tc("loading")}
          </SheetDescription>
        </SheetHeader>
        <div className="space-y-5 px-4 pb-6">
          {q.isPending && <Skeleton className="h-48 w-full" />}
          {q.isError && (
            <Alert variant="destructive">
              <AlertDescription>{t("details.loadError")}</AlertDescription>
            </Alert>
          )}
          {a && (
            <>
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={a.status} />
                <PriorityBadge priority={a.priority} />
                <PatientMarkers patient={a.patient} />
              </div>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{t("details.patient")}</dt>
                <dd className="font-medium">
                  {a.patient.firstName} {a.patient.lastName}
                </dd>
                <dt className="text-muted-foreground">{t("details.mrn")}</dt>
                <dd className="font-mono">{a.patient.mrn}</dd>
                <dt className="text-muted-foreground">{t("details.doctor")}</dt>
                <dd>{a.doctorName}</dd>
                <dt className="text-muted-foreground">{t("details.when")}</dt>
                <dd>{format.dateTimeRange(a.startsAt, a.endsAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                <dt className="text-muted-foreground">{t("details.duration")}</dt>
                <dd>{t("minutes", { count: a.durationMinutes })}</dd>
                <dt className="text-muted-foreground">{t("details.type")}</dt>
                <dd>{t(`type.${a.type}`)}</dd>
                <dt className="text-muted-foreground">{t("details.reason")}</dt>
                <dd className="whitespace-pre-wrap break-words">
                  {a.reason || <span className="text-muted-foreground">{t("details.noReason")}</span>}
                </dd>
              </dl>
              <div className="flex flex-wrap items-center gap-2">
                <Button asChild variant="outline" size="sm">
                  <Link href={`/patients/${a.patientId}`}>{t("details.openChart")}</Link>
                </Button>
                {a.encounterId ? (
                  <Button asChild size="sm">
                    <Link href={`/encounters/${a.encounterId}`}>{t("details.openEncounter")}</Link>
                  </Button>
                ) : (
                  clinician &&
                  a.status === "CHECKED_IN" && (
                    <Button size="sm" onClick={() => start.mutate({ appointmentId: a.id })} disabled={start.isPending}>
                      {t("details.startEncounter")}
                    </Button>
                  )
                )}
                {!(clinician && a.status === "CHECKED_IN") && (
                  <StatusActions appointment={a} className="flex items-center gap-1" />
                )}
              </div>
              <Separator />
              <section aria-labelledby="appointment-history">
                <h3 id="appointment-history" className="mb-2 font-medium">
                  {t("details.history")}
                </h3>
                {a.history.length === 0 ? (
                  <p className="text-sm text-muted-foreground">{t("details.historyEmpty")}</p>
                ) : (
                  <ol className="space-y-3 border-s ps-4" data-testid="appointment-history">
                    {a.history.map((h) => (
                      <HistoryItem key={h.id} entry={h} />
                    ))}
                  </ol>
                )}
              </section>
            </>
          )}
        </div>
      </SheetContent>
    </Sheet>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const t = useTranslations("appointments");
  const format = useFormatter();
  const detail = entry.detail ?? {};
  return (
    <li className="text-sm">
      <div className="flex flex-wrap items-center gap-2">
        {entry.fromStatus ? (
          <StatusBadge status={entry.toStatus as never} />
        ) : (
          <span className="font-medium">{t("details.booked")}</span>
        )}
        <span className="text-muted-foreground">
          {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
          {t("details.by", { name: entry.byName })}
        </span>
      </div>
      {entry.reason && <p className="mt-1 whitespace-pre-wrap break-words">{entry.reason}</p>}
      {detail.lateCancellation === true && <p className="mt-1 text-destructive">{t("details.lateCancellation")}</p>}
      {typeof detail.newAppointment === "string" && (
        <p className="mt-1">{t("details.movedTo", { number: detail.newAppointment })}</p>
      )}
      {typeof detail.rescheduledFrom === "string" && (
        <p className="mt-1">{t("details.movedFrom", { number: detail.rescheduledFrom })}</p>
      )}
    </li>
  );
}
