"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

function deviceName(ua: string): string {
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Chrome\//.test(ua)
      ? "Chrome"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Safari\//.test(ua)
          ? "Safari"
          : "Browser";
  const os = /Windows/.test(ua)
    ? "Windows"
    : /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad/.test(ua)
        ? "iOS"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} · ${os}` : browser;
}

export function SessionsPanel() {
  const t = useTranslations("account");
  const format = useFormatter();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const showError = useErrorToast();
  const sessions = useQuery(trpc.session.list.queryOptions());
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.session.list.queryKey() });
  const revoke = useMutation(trpc.session.revoke.mutationOptions({ onSuccess: refresh, onError: showError }));
  const revokeOthers = useMutation(
    trpc.session.revokeOthers.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("revokedOthers", { count: r.revoked }));
        void refresh();
      },
      onError: showError,
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("sessionsTitle")}</CardTitle>
        <CardDescription>{t("sessionsIntro")}</CardDescription>
        <CardAction>
          <Button variant="outline" size="sm" onClick={() => revokeOthers.mutate()} disabled={revokeOthers.isPending}>
            {t("revokeOthers")}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {sessions.isLoading ? (
          <Skeleton className="h-24 w-full" />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("device")}</TableHead>
                <TableHead>{t("ip")}</TableHead>
                <TableHead>{t("started")}</TableHead>
                <TableHead>{t("lastSeen")}</TableHead>
                <TableHead className="text-end" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.data?.map((s) => (
                <TableRow key={s.id} data-testid="session-row">
                  <TableCell>
                    {deviceName(s.userAgent)} {s.current && <Badge variant="secondary">{t("thisDevice")}</Badge>}
                  </TableCell>
                  <TableCell dir="ltr" className="text-start">
                    {s.ip}
                  </TableCell>
                  <TableCell>{format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })}</TableCell>
                  <TableCell>{format.relativeTime(s.lastSeenAt)}</TableCell>
                  <TableCell className="text-end">
                    {!s.current && (
                      <Button variant="ghost" size="sm" onClick={() => revoke.mutate({ id: s.id })}>
                        {t("revoke")}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
