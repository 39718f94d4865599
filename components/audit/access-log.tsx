"use client";
// The PHI access log of this hospital, newest first: filters (kept in the address), the entries, and "load older".
import { useInfiniteQuery } from "@tanstack/react-query";
import { FileUser, ScrollText, TriangleAlert, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLES, type Role } from "@/shared/enums";
import { FilterForm } from "./filter-form";
import { filtersQuery, hasFilters, readFilters, shortId, type LogFilters } from "./filters";

const PAGE = 50;

function FilterChip({ label, removeLabel, onRemove }: { label: string; removeLabel: string; onRemove: () => void }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1 rounded-full border bg-muted/40 py-0.5 ps-3 pe-0.5 text-sm">
      <span className="truncate">{label}</span>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-6 rounded-full"
        onClick={onRemove}
        aria-label={removeLabel}
        title={removeLabel}
      >
        <X className="size-3.5" aria-hidden />
      </Button>
    </span>
  );
}

export function AccessLog({ today }: { today: string }) {
  const t = useTranslations("audit");
  const tRole = useTranslations("roles");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { filters, badId } = readFilters(params);

  const log = useInfiniteQuery(
    trpc.phiLog.list.infiniteQueryOptions(
      { ...filters, limit: PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  const go = (next: LogFilters) => router.push(`${pathname}${filtersQuery(next)}`, { scroll: false });
  const roleLabel = (role: string) => ((ROLES as readonly string[]).includes(role) ? tRole(role as Role) : role);
  // the user filter names the user by the name the entries carry (every entry shown is theirs)
  const userName = filters.userId
    ? (() => {
        const r = rows.find((x) => x.userId === filters.userId);
        return r ? (r.userName ?? r.username) : shortId(filters.userId);
      })()
    : "";
  const patientOf = (id: string) => rows.find((r) => r.patientId === id)?.patient ?? null;
  const patientLabel = (id: string) => {
    const p = patientOf(id);
    return p ? `${p.name} (${p.mrn})` : shortId(id);
  };
  const filtered = hasFilters(filters);

  return (
    <div className="space-y-4">
      <FilterForm
        key={`${filters.action ?? ""}|${filters.from ?? ""}|${filters.to ?? ""}`}
        filters={filters}
        today={today}
        onApply={go}
      />
      {badId && (
        <Alert variant="warning">
          <TriangleAlert aria-hidden />
          <AlertTitle className="line-clamp-none">{t("filters.badId")}</AlertTitle>
        </Alert>
      )}
      {(filters.userId || filters.patientId) && (
        <div className="flex flex-wrap items-center gap-2">
          {filters.userId && (
            <FilterChip
              label={t("filters.user", { name: userName })}
              removeLabel={t("filters.removeUser")}
              onRemove={() => go({ ...filters, userId: undefined })}
            />
          )}
          {filters.patientId && (
            <FilterChip
              label={t("filters.patient", { id: patientLabel(filters.patientId) })}
              removeLabel={t("filters.removePatient")}
              onRemove={() => go({ ...filters, patientId: undefined })}
            />
          )}
        </div>
      )}

      {log.isLoading ? (
        <div className="space-y-2" aria-busy="true">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : log.isError && rows.length === 0 ? (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden />
          <AlertTitle className="line-clamp-none">{t("loadError")}</AlertTitle>
          <div className="col-start-2 mt-2">
            <Button variant="outline" size="sm" onClick={() => log.refetch()}>
              {t("retry")}
            </Button>
          </div>
        </Alert>
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<ScrollText />}
          title={t("emptyTitle")}
          description={filtered ? t("emptyBody") : undefined}
          action={
            filtered ? (
              <Button variant="outline" size="sm" onClick={() => go({})}>
                {t("filters.reset")}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Table data-testid="phi-log">
          <TableCaption className="sr-only">{t("caption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead className="text-end">{t("columns.seq")}</TableHead>
              <TableHead>{t("columns.time")}</TableHead>
              <TableHead>{t("columns.user")}</TableHead>
              <TableHead>{t("columns.role")}</TableHead>
              <TableHead>{t("columns.action")}</TableHead>
              <TableHead>{t("columns.entity")}</TableHead>
              <TableHead>{t("columns.patient")}</TableHead>
              <TableHead>{t("columns.ip")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.seq}>
                <TableCell className="text-end font-mono text-xs text-muted-foreground tabular-nums" dir="ltr">
                  {r.seq}
                </TableCell>
                <TableCell>
                  <time dateTime={r.at.toISOString()} className="flex flex-col">
                    <span>{format.dateTime(r.at, { dateStyle: "medium" })}</span>
                    <span className="text-xs text-muted-foreground tabular-nums">
                      {format.dateTime(r.at, { timeStyle: "medium" })}
                    </span>
                  </time>
                </TableCell>
                <TableCell>
                  {filters.userId === r.userId ? (
                    <span className="font-medium">{r.userName ?? r.username}</span>
                  ) : (
                    <button
                      type="button"
                      className="rounded-sm text-start font-medium hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                      onClick={() => go({ ...filters, userId: r.userId })}
                      title={t("filterByUser", { name: r.userName ?? r.username })}
                      aria-label={t("filterByUser", { name: r.userName ?? r.username })}
                    >
                      {r.userName ?? r.username}
                    </button>
                  )}
                  {r.userName && (
                    <span className="block font-mono text-xs text-muted-foreground" dir="ltr">
                      {r.username}
                    </span>
                  )}
                </TableCell>
                <TableCell className="text-muted-foreground">{roleLabel(r.role)}</TableCell>
                <TableCell className="font-mono text-xs" dir="ltr">
                  <span className="block text-start">{r.action}</span>
                </TableCell>
                <TableCell>
                  <div className="flex flex-col">
                    <span className="text-xs">{r.entityType}</span>
                    <span className="font-mono text-xs text-muted-foreground" dir="ltr" title={r.entityId}>
                      {shortId(r.entityId)}
                    </span>
                  </div>
                </TableCell>
                <TableCell>
                  {r.patientId ? (
                    <PatientCell
                      id={r.patientId}
                      patient={r.patient}
                      active={filters.patientId === r.patientId}
                      filterLabel={t("filterByPatient", { id: patientLabel(r.patientId) })}
                      openLabel={t("openPatient", { id: patientLabel(r.patientId) })}
                      onFilter={() => go({ ...filters, patientId: r.patientId! })}
                    />
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                <TableCell className="font-mono text-xs" dir="ltr">
                  <span className="block text-start">{r.ip}</span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {rows.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("shown", { count: rows.length })}
          </p>
          {log.hasNextPage && (
            <Button variant="outline" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {log.isFetchingNextPage && <Spinner aria-hidden />}
              {t("loadMore")}
            </Button>
          )}
          {log.isFetchNextPageError && <p className="text-sm text-destructive">{t("loadError")}</p>}
        </div>
      )}
    </div>
  );
}

function PatientCell({
  id,
  patient,
  active,
  filterLabel,
  openLabel,
  onFilter,
}: {
  id: string;
  /** the name and MRN (null: the patient is not in this hospital's database any more) */
  patient: { name: string; mrn: string } | null;
  active: boolean;
  filterLabel: string;
  openLabel: string;
  onFilter: () => void;
}) {
  const label = patient ? (
    <span className="flex flex-col text-start">
      <span className="font-medium">{patient.name}</span>
      <span className="font-mono text-xs text-muted-foreground" dir="ltr">
        {patient.mrn}
      </span>
    </span>
  ) : (
    <span className="font-mono text-xs" dir="ltr" title={id}>
      {shortId(id)}
    </span>
  );
  return (
    <span className="inline-flex items-center gap-1">
      {active ? (
        label
      ) : (
        <button
          type="button"
          className="rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-ring"
          onClick={onFilter}
          title={filterLabel}
          aria-label={filterLabel}
        >
          {label}
        </button>
      )}
      <Button asChild variant="ghost" size="icon" className="size-7">
        <Link href={`/patients/${id}`} aria-label={openLabel} title={openLabel}>
          <FileUser aria-hidden />
        </Link>
      </Button>
    </span>
  );
}
