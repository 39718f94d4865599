"use client";
// One encounter, as the care team works on it: vitals, the SOAP note, diagnoses, prescriptions; then signing,
// after which everything is read-only and corrections are addenda.
import { can } from "@/shared/permissions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FileSignature, TriangleAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { toast } from "sonner";
import { ConfirmDialog, useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { AddendaCard } from "./addenda-card";
import { DiagnosesCard } from "./diagnoses-card";
import { PrescriptionsCard } from "./prescriptions-card";
import { SoapCard } from "./soap-card";
import { VitalsCard } from "./vitals-card";

export function EncounterWorkspace({ id, role, userId }: { id: string; role: string; userId: string }) {
  const t = useTranslations("encounters");
  const format = useFormatter();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const showError = useErrorToast();
  const q = useQuery(trpc.encounter.get.queryOptions({ id }));
  const sign = useMutation(
    trpc.encounter.sign.mutationOptions({
      onSuccess: () => {
        toast.success(t("signedToast"));
        void qc.invalidateQueries();
      },
      onError: showError,
    }),
  );
  if (q.isLoading || !q.data) return <Skeleton className="h-96 w-full" />;
  const e = q.data;
  const open = e.status === "OPEN";
  const isDoctor = can(role, "encounter.note.write");
  const clinician = can(role, "vitals.record");
  const severe = e.patient.allergies.some((a) => a.severity === "SEVERE");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">
            {e.patient.firstName} {e.patient.lastName}{" "}
            <span className="font-mono text-base text-muted-foreground" dir="ltr">
              {e.patient.mrn}
            </span>
          </h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <Badge variant={open ? "default" : "secondary"} data-testid="encounter-status">
              {open ? t("statusOPEN") : t("statusSIGNED")}
            </Badge>
            <span>{e.kind === "APPOINTMENT" ? t("kindAPPOINTMENT") : t("kindWALK_IN")}</span>·
            <span data-testid="encounter-doctor">{e.doctorName}</span>·
            <span>{format.dateTime(e.startedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
          </p>
        </div>
        <div className="flex gap-2">
          <Button asChild variant="outline">
            <Link href={`/patients/${e.patientId}`}>{t("openChart")}</Link>
          </Button>
          {open && isDoctor && e.doctorId === userId && (
            <ConfirmDialog
              trigger={
                <Button>
                  <FileSignature aria-hidden /> {t("sign")}
                </Button>
              }
              title={t("signConfirmTitle")}
              description={t("signConfirmBody")}
              confirmLabel={t("sign")}
              onConfirm={() => sign.mutateAsync({ id })}
            />
          )}
        </div>
      </div>
      {e.patient.allergies.length > 0 && (
        <div
          role="alert"
          className={`flex items-center gap-2 rounded-md border px-3 py-2 text-sm font-medium ${severe ? "border-destructive/40 bg-destructive/10 text-destructive" : "border-warning/50 bg-warning/15"}`}
        >
          <TriangleAlert className="size-4 shrink-0" aria-hidden />
          {e.patient.allergies.map((a) => `${a.substance}${a.reaction ? ` (${a.reaction})` : ""}`).join(", ")}
        </div>
      )}
      {!open && (
        <Alert>
          <AlertDescription>
            {t("readOnly")}{" "}
            {e.signedByName &&
              e.signedAt &&
              t("signedBy", {
                name: e.signedByName,
                date: format.dateTime(e.signedAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
          </AlertDescription>
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-2">
        <VitalsCard encounterId={id} vitals={e.vitals} canRecord={open && clinician} />
        <SoapCard
          encounterId={id}
          note={e}
          noteVersion={e.noteVersion}
          editable={open && isDoctor && e.doctorId === userId}
        />
        <DiagnosesCard encounterId={id} diagnoses={e.diagnoses} editable={open && isDoctor} />
        <PrescriptionsCard
          encounterId={id}
          prescriptions={e.prescriptions}
          editable={open && isDoctor}
          allergies={e.patient.allergies}
        />
      </div>
      {!open && <AddendaCard encounterId={id} addenda={e.addenda} canAdd={clinician} />}
    </div>
  );
}
