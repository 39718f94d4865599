"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";

export function MfaPanel({ requiredNotice }: { requiredNotice: boolean }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const status = useQuery(trpc.mfa.status.queryOptions());
  const [enrolment, setEnrolment] = useState<{ qrDataUrl: string; manualKey: string } | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.mfa.status.queryKey() });

  const begin = useMutation(
    trpc.mfa.begin.mutationOptions({ onSuccess: setEnrolment, onError: (e) => toast.error(errorInfo(e).message) }),
  );
  const confirm = useMutation(
    trpc.mfa.confirm.mutationOptions({
      onSuccess: (r) => {
        setRecovery(r.recoveryCodes);
        setEnrolment(null);
        setCode("");
        toast.success(t("mfaEnabled"));
        void refresh();
        router.refresh();
      },
      onError: (e) => setCodeError(errorInfo(e).message),
    }),
  );
  const disable = useMutation(
    trpc.mfa.disable.mutationOptions({
      onSuccess: () => {
        setCode("");
        toast.success(t("mfaDisabled"));
        void refresh();
        router.refresh();
      },
      onError: (e) => setCodeError(errorInfo(e).message),
    }),
  );

  const codeInput = (
    <div className="grid max-w-xs gap-2">
      <Label htmlFor="mfa-code">{t("mfaConfirmCode")}</Label>
      <Input
        id="mfa-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => {
          setCode(e.target.value.replace(/\D/g, ""));
          setCodeError(null);
        }}
        aria-invalid={codeError ? true : undefined}
        aria-describedby={codeError ? "mfa-code-error" : undefined}
      />
      {codeError && (
        <p id="mfa-code-error" role="alert" className="text-sm text-destructive">
          {codeError}
        </p>
      )}
    </div>
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {t("mfaTitle")}
          {status.data && (
            <Badge variant={status.data.enabled ? "success" : "secondary"}>{status.data.enabled ? "ON" : "OFF"}</Badge>
          )}
        </CardTitle>
        <CardDescription>{status.data ? (status.data.enabled ? t("mfaOn") : t("mfaOff")) : null}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {status.isLoading && <Skeleton className="h-10 w-64" />}
        {requiredNotice && !status.data?.enabled && (
          <Alert variant="warning">
            <AlertDescription>{t("mfaRequiredNotice")}</AlertDescription>
          </Alert>
        )}
        {recovery && (
          <Alert>
            <AlertDescription className="space-y-2">
              <p className="font-medium">{t("recoveryTitle")}</p>
              <p>{t("recoveryIntro")}</p>
              <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes" dir="ltr">
                {recovery.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </AlertDescription>
          </Alert>
        )}
        {status.data && !status.data.enabled && !enrolment && (
          <Button onClick={() => begin.mutate()} disabled={begin.isPending}>
            {t("mfaEnable")}
          </Button>
        )}
        {enrolment && (
          <form
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              confirm.mutate({ code });
            }}
          >
            <p className="text-sm">{t("mfaScan")}</p>
            <div className="flex flex-wrap items-center gap-6">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={enrolment.qrDataUrl}
                alt="QR code"
                width={180}
                height={180}
                className="rounded-md border bg-white p-2"
              />
              <div className="space-y-1">
                <div className="text-sm text-muted-foreground">{t("mfaKey")}</div>
                <code
                  className="block rounded bg-muted px-2 py-1 font-mono text-sm"
                  data-testid="mfa-manual-key"
                  dir="ltr"
                >
                  {enrolment.manualKey}
                </code>
              </div>
            </div>
            {codeInput}
            <Button type="submit" disabled={confirm.isPending || code.length !== 6}>
              {t("mfaConfirm")}
            </Button>
          </form>
        )}
        {status.data?.enabled && (
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              disable.mutate({ code });
            }}
          >
            <p className="text-sm text-muted-foreground">
              {t("recoveryLeft", { count: status.data.recoveryCodesLeft })}
            </p>
            <p className="text-sm">{t("mfaDisableIntro")}</p>
            {codeInput}
            <Button type="submit" variant="outline" disabled={disable.isPending || code.length !== 6}>
              {t("mfaDisable")}
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
