"use client";
// The acting super admin's break-glass grants in force: hospital, reason, time left, and "End now".
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Clock, ShieldCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog, useErrorText, useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/utils";
import type { BreakGlassGrant } from "../types";

/** the current time, moving every `ms` */
function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

export function ActiveGrants(props: {
  grants: BreakGlassGrant[];
  loading: boolean;
  error: unknown;
  current: string | null;
  onChoose: (code: string) => void;
  onExpired: () => void;
}) {
  const t = useTranslations("superadmin.breakGlass");
  const errorText = useErrorText();
  const now = useNow(10_000);
  const { grants, onExpired } = props;
  const expired = grants.some((g) => g.expiresAt.getTime() <= now.getTime());
  useEffect(() => {
    if (expired) onExpired();
  }, [expired, onExpired]);

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("activeTitle")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {props.loading ? (
          <Skeleton className="h-24 w-full" />
        ) : props.error ? (
          <Alert variant="destructive">
            <AlertDescription>{errorText(props.error)}</AlertDescription>
          </Alert>
        ) : grants.length === 0 ? (
          <EmptyState icon={<ShieldCheck />} title={t("none")} description={t("noneHint")} />
        ) : (
          <ul className="grid gap-3" data-testid="break-glass-grants">
            {grants.map((g) => (
              <GrantItem
                key={g.id}
                grant={g}
                now={now}
                current={props.current === g.code}
                onChoose={() => props.onChoose(g.code)}
              />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function GrantItem({
  grant,
  now,
  current,
  onChoose,
}: {
  grant: BreakGlassGrant;
  now: Date;
  current: boolean;
  onChoose: () => void;
}) {
  const t = useTranslations("superadmin.breakGlass");
  const format = useFormatter();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const onError = useErrorToast();
  const end = useMutation(
    trpc.breakGlass.end.mutationOptions({
      onSuccess: async () => {
        toast.success(t("ended", { code: grant.code }));
        qc.removeQueries({ queryKey: trpc.breakGlass.patients.pathKey() });
        qc.removeQueries({ queryKey: trpc.breakGlass.patient.pathKey() });
        await qc.invalidateQueries({ queryKey: trpc.breakGlass.mine.queryKey() });
      },
      onError,
    }),
  );
  const left = Math.max(grant.expiresAt.getTime() - now.getTime(), 0);
  return (
    <li
      className={cn("rounded-lg border p-3", current && "border-primary/60 bg-primary/5")}
      data-testid={`grant-${grant.code}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">
            <span className="font-mono" dir="ltr">
              {grant.code}
            </span>{" "}
            — {grant.name}
          </p>
          <p className="mt-1 text-sm break-words text-muted-foreground">{grant.reason}</p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {!current && (
            <Button size="sm" variant="outline" onClick={onChoose}>
              {t("openGrant")}
            </Button>
          )}
          <ConfirmDialog
            trigger={
              <Button size="sm" variant="destructive" disabled={end.isPending}>
                {t("endNow")}
              </Button>
            }
            title={t("endTitle", { code: grant.code })}
            description={t("endBody")}
            confirmLabel={t("endNow")}
            destructive
            onConfirm={() => end.mutateAsync({ code: grant.code })}
          />
        </div>
      </div>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1 font-medium" data-testid="time-left">
          <Clock className="size-4" aria-hidden />
          {t("timeLeft", {
            relative: format.relativeTime(grant.expiresAt, {
              now,
              unit: left >= 2 * 3_600_000 ? "hour" : "minute",
            }),
          })}
        </span>
        <time dateTime={grant.expiresAt.toISOString()} className="text-muted-foreground">
          {t("until", { time: format.dateTime(grant.expiresAt, { timeStyle: "short" }) })}
        </time>
      </p>
    </li>
  );
}
