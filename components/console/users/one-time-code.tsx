"use client";
// A one-time account code the console shows exactly once (a new admin's setup code, a password reset code): large,
// copyable, with its expiry and what the person does with it. The server keeps only a hash; nothing can show it again.
import { Check, Copy, KeyRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const noSubscribe = () => () => {};

/** the sign-in page of a hospital, on the same root domain as this console (admin.<root> → <code>.<root>) */
function useHospitalSignIn(hospitalCode: string): string {
  return useSyncExternalStore(
    noSubscribe,
    () => {
      const { protocol, host } = window.location;
      return `${protocol}//${hospitalCode.toLowerCase()}.${host.replace(/^admin\./, "")}/auth/login`;
    },
    () => `${hospitalCode.toLowerCase()}…/auth/login`,
  );
}

export function OneTimeCode({
  kind,
  code,
  expiresAt,
  username,
  hospitalCode,
}: {
  kind: "setup" | "reset";
  code: string;
  expiresAt: Date;
  username: string;
  hospitalCode: string;
}) {
  const t = useTranslations("superadmin.oneTimeCode");
  const format = useFormatter();
  const url = useHospitalSignIn(hospitalCode);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  };
  const labelId = `one-time-code-${kind}`;
  return (
    <div className="space-y-3" data-testid="one-time-code-panel">
      <div className="rounded-lg border-2 border-dashed border-primary/40 bg-muted/40 p-4">
        <p id={labelId} className="mb-2 text-sm font-medium">
          {kind === "setup" ? t("setupLabel", { username }) : t("resetLabel", { username })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <output
            aria-labelledby={labelId}
            data-testid="one-time-code"
            dir="ltr"
            className="min-w-0 font-mono text-xl font-semibold tracking-wider break-all select-all sm:text-2xl"
          >
            {code}
          </output>
          <Button type="button" variant="outline" size="sm" onClick={copy} className="ms-auto">
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {t("copy")}
          </Button>
        </div>
        <p className="mt-2 text-sm text-muted-foreground">
          <time dateTime={expiresAt.toISOString()}>
            {t("validUntil", { time: format.dateTime(expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </time>
        </p>
      </div>
      <Alert variant="warning">
        <KeyRound aria-hidden />
        <AlertTitle className="line-clamp-none">{t("shownOnce")}</AlertTitle>
        <AlertDescription>
          <p>{kind === "setup" ? t("setupHint", { url }) : t("resetHint", { username, url })}</p>
        </AlertDescription>
      </Alert>
    </div>
  );
}
