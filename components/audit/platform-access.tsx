"use client";
// What the platform's super admins did to and in this hospital (console actions on its accounts and settings,
// break-glass reads of patient data with their reasons) and the one-time codes its users redeemed, newest first, with
// a warning while a break-glass grant is in force. Times are in the hospital's time zone (the app's formatter).
import { useInfiniteQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import type { inferRouterOutputs } from "@trpc/server";
import { ShieldAlert } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { AppRouter } from "@/server/routers/_app";

type Answer = inferRouterOutputs<AppRouter>["platformAccess"]["list"];
type Entry = Answer["items"][number];
export type ActiveGrant = Answer["activeGrants"][number];

const PAGE = 10;

/** the warning while super admins can read this hospital's patient data (the audit page and the dashboard) */
export function ActiveGrantsAlert({ grants, children }: { grants: ActiveGrant[]; children?: ReactNode }) {
  const t = useTranslations("audit.platform");
  const format = useFormatter();
  if (grants.length === 0) return null;
  return (
    <Alert variant="warning" data-testid="break-glass-active">
      <ShieldAlert aria-hidden />
      <AlertTitle className="line-clamp-none">{t("activeTitle")}</AlertTitle>
      <AlertDescription>
        <ul className="grid gap-1">
          {grants.map((g) => (
            <li key={g.id}>
              {t("activeEntry", {
                username: g.username,
                reason: g.reason,
                time: format.dateTime(g.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </li>
          ))}
        </ul>
        {children}
      </AlertDescription>
    </Alert>
  );
}

export function PlatformAccess() {
  const t = useTranslations("audit.platform");
  const format = useFormatter();
  const trpc = useTRPC();
  const log = useInfiniteQuery(
    trpc.platformAccess.list.infiniteQueryOptions(
      { limit: PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = log.data?.pages.flatMap((p) => p.items);
  const grants = log.data?.pages[0]?.activeGrants ?? [];

  const columns = useMemo<ColumnDef<Entry>[]>(() => {
    const actionText = (action: string) => {
      const key = `actions.${action}`;
      return t.has(key as never) ? t(key as never) : action;
    };
    const detailText = (e: Entry): string => {
      const d = (e.detail ?? {}) as Record<string, unknown>;
      const str = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : undefined);
      const parts: string[] = [];
      if (str("reason")) parts.push(t("reason", { reason: str("reason")! }));
      if (e.action === "break_glass.started" && str("expiresAt"))
        parts.push(t("until", { time: format.dateTime(new Date(str("expiresAt")!), { timeStyle: "short" }) }));
      const purpose = str("purpose");
      if (purpose === "RESET" || purpose === "SETUP") parts.push(t(`purpose.${purpose}`));
      if (str("view")) parts.push(t("view", { view: str("view")! }));
      if (d.from !== undefined && d.to !== undefined)
        parts.push(t("change", { from: String(d.from), to: String(d.to) }));
      if (str("username")) parts.push(str("username")!);
      return parts.join(" · ");
    };
    return [
      {
        id: "at",
        header: t("columns.time"),
        cell: ({ row }) => (
          <time dateTime={row.original.at.toISOString()} className="flex flex-col whitespace-nowrap">
            <span>{format.dateTime(row.original.at, { dateStyle: "medium" })}</span>
            <span className="text-xs text-muted-foreground tabular-nums">
              {format.dateTime(row.original.at, { timeStyle: "medium" })}
            </span>
          </time>
        ),
      },
      {
        id: "who",
        header: t("columns.who"),
        cell: ({ row }) => <bdi className="font-medium">{row.original.actorUsername || "—"}</bdi>,
      },
      {
        id: "action",
        header: t("columns.action"),
        cell: ({ row }) => (
          <span className="flex flex-col">
            <span>{actionText(row.original.action)}</span>
            <code className="text-xs text-muted-foreground" dir="ltr">
              <span className="block text-start">{row.original.action}</span>
            </code>
          </span>
        ),
      },
      {
        id: "outcome",
        header: t("columns.outcome"),
        cell: ({ row }) => (
          <Badge variant={row.original.outcome === "SUCCESS" ? "success" : "destructive"}>
            {t(`outcomes.${row.original.outcome}`)}
          </Badge>
        ),
      },
      {
        id: "details",
        header: t("columns.details"),
        meta: { className: "min-w-64 max-w-md whitespace-normal" },
        cell: ({ row }) => <span className="break-words">{detailText(row.original) || "—"}</span>,
      },
    ];
  }, [t, format]);

  return (
    <section id="platform-access" aria-labelledby="platform-access-title" className="scroll-mt-20 space-y-4">
      <div>
        <h2 id="platform-access-title" className="text-xl font-semibold tracking-tight">
          {t("title")}
        </h2>
        <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
      </div>
      <ActiveGrantsAlert grants={grants} />
      <DataTable
        columns={columns}
        data={rows}
        getRowId={(e) => e.id}
        loading={log.isLoading}
        error={log.isError && !rows?.length ? log.error : undefined}
        empty={{ title: t("empty") }}
        caption={t("caption")}
        testId="platform-access"
        rowTestId="platform-access-row"
        pagination={{
          mode: "more",
          hasMore: log.hasNextPage,
          loadingMore: log.isFetchingNextPage,
          onLoadMore: () => void log.fetchNextPage(),
        }}
      />
    </section>
  );
}
