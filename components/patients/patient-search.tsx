"use client";
// The patients list: search as you type (name words, MRN, phone), keyset-paged.
import { useInfiniteQuery } from "@tanstack/react-query";
import { Search, Star } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ageInYears } from "./age";
import { AllergyBadges } from "./allergy-badges";

export function PatientSearch({ today }: { today: string }) {
  const t = useTranslations("patients");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const params = useSearchParams();
  const [query, setQuery] = useState(params.get("q") ?? "");
  const search = useDeferredValue(query.trim());
  const list = useInfiniteQuery(
    trpc.patient.list.infiniteQueryOptions(
      { search: search || undefined, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-4">
      <div className="relative max-w-md">
        <Search
          className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden
        />
        <Input
          type="search"
          aria-label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            router.replace(e.target.value ? `?q=${encodeURIComponent(e.target.value)}` : "?", { scroll: false });
          }}
          className="ps-9"
          autoFocus
        />
      </div>
      {list.isLoading ? (
        <div className="space-y-2" aria-busy="true">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : rows.length === 0 ? (
        <EmptyState
          title={search ? t("noneFound", { query: search }) : t("none")}
          description={search ? t("noneHint") : undefined}
        />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("mrn")}</TableHead>
              <TableHead>{t("name")}</TableHead>
              <TableHead>{t("dateOfBirth")}</TableHead>
              <TableHead>{t("gender")}</TableHead>
              <TableHead>{t("phone")}</TableHead>
              <TableHead>{t("allergies")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id} className="cursor-pointer" onClick={() => router.push(`/patients/${p.id}`)}>
                <TableCell className="font-mono text-xs" dir="ltr">
                  {p.mrn}
                </TableCell>
                <TableCell>
                  <Link
                    href={`/patients/${p.id}`}
                    className="font-medium hover:underline"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {p.lastName}, {p.firstName} {p.middleName}
                  </Link>
                  {p.isVip && <Star className="ms-1 inline size-3.5 fill-warning text-warning" aria-label={t("vip")} />}
                </TableCell>
                <TableCell>
                  {format.dateTime(new Date(`${p.dateOfBirth}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}{" "}
                  <span className="text-muted-foreground">
                    ({t("ageYears", { years: ageInYears(p.dateOfBirth, today) })})
                  </span>
                </TableCell>
                <TableCell>{t(`genders.${p.gender}`)}</TableCell>
                <TableCell dir="ltr" className="text-start">
                  {p.phone}
                </TableCell>
                <TableCell>
                  <AllergyBadges allergies={p.allergies} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {list.hasNextPage && (
        <Button variant="outline" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {common("loadMore")}
        </Button>
      )}
    </div>
  );
}
