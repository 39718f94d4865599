"use client";
// Reading one hospital's patients under a break-glass grant: a debounced search, the matches, and one patient's
// chart (details, allergies, encounters). Read-only; the server writes each read to the hospital's access log.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { ArrowLeft, Eye, Lock } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { DataTable, SearchFilter, useDebounced } from "@/components/data-table";
import { useErrorText } from "@/components/form";
import { AllergyBadges } from "@/components/patients/allergy-badges";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BreakGlassChart, BreakGlassGrant, BreakGlassPatientRow } from "../types";

const fullName = (p: { firstName: string; middleName: string; lastName: string }) =>
  [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" ");

/** a calendar day (YYYY-MM-DD) in the reader's language, without a time zone shift */
function useDay() {
  const format = useFormatter();
  return useCallback(
    (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    [format],
  );
}

export function GrantPatients({ grant }: { grant: BreakGlassGrant }) {
  const t = useTranslations("superadmin.breakGlass");
  const [patientId, setPatientId] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  // on a phone the chart opens far below the grants: bring it into view
  useEffect(() => {
    if (patientId) top.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [patientId]);
  return (
    <Card data-testid="break-glass-patients" ref={top} className="scroll-mt-20">
      <CardHeader>
        <CardTitle>
          <h2>{t("readingIn", { code: grant.code, name: grant.name })}</h2>
        </CardTitle>
        <CardDescription className="flex items-center gap-1">
          <Lock className="size-3.5" aria-hidden />
          {t("readOnly")}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {patientId ? (
          <PatientChart code={grant.code} id={patientId} onBack={() => setPatientId(null)} />
        ) : (
          <PatientSearch code={grant.code} onOpen={setPatientId} />
        )}
      </CardContent>
    </Card>
  );
}

function PatientSearch({ code, onOpen }: { code: string; onOpen: (id: string) => void }) {
  const t = useTranslations("superadmin.breakGlass");
  const tp = useTranslations("patients");
  const day = useDay();
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim(), 400);
  const list = useQuery(
    trpc.breakGlass.patients.queryOptions(
      { code, search: settled || undefined },
      { placeholderData: keepPreviousData, staleTime: 60_000, retry: false },
    ),
  );
  const columns = useMemo<ColumnDef<BreakGlassPatientRow>[]>(
    () => [
      {
        id: "mrn",
        header: t("mrn"),
        cell: ({ row }) => (
          <span className="font-mono text-xs" dir="ltr">
            {row.original.mrn}
          </span>
        ),
      },
      {
        id: "name",
        header: t("name"),
        cell: ({ row }) => (
          <span className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="rounded-sm text-start font-medium hover:underline focus-visible:outline-2 focus-visible:outline-ring"
              onClick={() => onOpen(row.original.id)}
            >
              {fullName(row.original)}
            </button>
            {row.original.isVip && <Badge variant="secondary">{t("vip")}</Badge>}
          </span>
        ),
      },
      { id: "born", header: t("born"), cell: ({ row }) => day(row.original.dateOfBirth) },
      { id: "gender", header: t("gender"), cell: ({ row }) => tp(`genders.${row.original.gender}`) },
      {
        id: "phone",
        header: t("phone"),
        cell: ({ row }) => <span dir="ltr">{row.original.phone || "—"}</span>,
      },
      {
        id: "allergies",
        header: t("allergies"),
        cell: ({ row }) => <AllergyBadges allergies={row.original.allergies} none="—" />,
      },
    ],
    [t, tp, day, onOpen],
  );
  return (
    <div className="space-y-4">
      <div className="max-w-md">
        <SearchFilter label={t("search")} placeholder={t("searchPlaceholder")} value={search} onChange={setSearch} />
      </div>
      <DataTable
        columns={columns}
        data={list.data?.items}
        getRowId={(p) => p.id}
        loading={list.isLoading}
        error={list.error}
        empty={{ title: t("emptyPatients") }}
        caption={t("search")}
        testId="break-glass-patient-list"
        rowTestId="break-glass-patient"
        rowActions={(p) => (
          <Button
            size="sm"
            variant="outline"
            onClick={() => onOpen(p.id)}
            aria-label={t("openPatient", { name: fullName(p) })}
          >
            <Eye aria-hidden />
            {t("open")}
          </Button>
        )}
      />
    </div>
  );
}

function PatientChart({ code, id, onBack }: { code: string; id: string; onBack: () => void }) {
  const t = useTranslations("superadmin.breakGlass");
  const trpc = useTRPC();
  const errorText = useErrorText();
  const chart = useQuery(trpc.breakGlass.patient.queryOptions({ code, id }, { staleTime: 60_000, retry: false }));
  return (
    <div className="space-y-4">
      <Button variant="outline" size="sm" onClick={onBack}>
        <ArrowLeft aria-hidden className="rtl:rotate-180" />
        {t("back")}
      </Button>
      {chart.isLoading ? (
        <Skeleton className="h-64 w-full" />
      ) : chart.error ? (
        <Alert variant="destructive">
          <AlertDescription>{errorText(chart.error)}</AlertDescription>
        </Alert>
      ) : chart.data ? (
        <ChartView chart={chart.data} />
      ) : null}
    </div>
  );
}

function ChartView({ chart }: { chart: BreakGlassChart }) {
  const t = useTranslations("superadmin.breakGlass");
  const tp = useTranslations("patients");
  const te = useTranslations("encounters");
  const format = useFormatter();
  const day = useDay();
  const p = chart.patient;
  const list = (items: string[]) => (items.length ? items.join(", ") : "—");
  const facts: [string, ReactNode][] = [
    [
      t("mrn"),
      <span key="mrn" className="font-mono" dir="ltr">
        {p.mrn}
      </span>,
    ],
    [t("born"), day(p.dateOfBirth)],
    [t("gender"), tp(`genders.${p.gender}`)],
    [
      t("phone"),
      <span key="phone" dir="ltr">
        {p.phone || "—"}
      </span>,
    ],
    [
      t("email"),
      <span key="email" dir="ltr">
        {p.email || "—"}
      </span>,
    ],
    [t("bloodGroup"), p.bloodGroup ? <span dir="ltr">{p.bloodGroup}</span> : "—"],
    [t("chronicConditions"), list(p.chronicConditions)],
    [t("currentMedications"), list(p.currentMedications)],
  ];
  return (
    <article className="space-y-6" data-testid="break-glass-chart" aria-labelledby="bg-patient-name">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id="bg-patient-name" className="text-xl font-semibold">
          {fullName(p)}
        </h3>
        {p.isVip && <Badge variant="secondary">{t("vip")}</Badge>}
      </header>
      <section aria-labelledby="bg-allergies" className="space-y-2">
        <h4 id="bg-allergies" className="text-sm font-medium">
          {t("allergies")}
        </h4>
        <AllergyBadges allergies={p.allergies} none={t("noAllergies")} />
      </section>
      <section aria-labelledby="bg-details" className="space-y-2">
        <h4 id="bg-details" className="text-sm font-medium">
          {t("details")}
        </h4>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label} className="min-w-0">
              <dt className="text-xs text-muted-foreground">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="bg-encounters" className="space-y-2">
        <h4 id="bg-encounters" className="text-sm font-medium">
          {t("encounters")}
        </h4>
        {chart.encounters.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noEncounters")}</p>
        ) : (
          <Table data-testid="break-glass-encounters">
            <TableHeader>
              <TableRow>
                <TableHead>{t("startedAt")}</TableHead>
                <TableHead>{t("kind")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("signedAt")}</TableHead>
                <TableHead>{t("chiefComplaint")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {chart.encounters.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{format.dateTime(e.startedAt, { dateStyle: "medium", timeStyle: "short" })}</TableCell>
                  <TableCell>{te(`kind${e.kind}`)}</TableCell>
                  <TableCell>
                    <Badge variant={e.status === "SIGNED" ? "success" : "secondary"}>{te(`status${e.status}`)}</Badge>
                  </TableCell>
                  <TableCell>
                    {e.signedAt
                      ? format.dateTime(e.signedAt, { dateStyle: "medium", timeStyle: "short" })
                      : t("notSigned")}
                  </TableCell>
                  <TableCell className="max-w-xs whitespace-normal">{e.chiefComplaint || "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </article>
  );
}
