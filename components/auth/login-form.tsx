"use client";
// The sign-in form of every host: Username, Password, then Authentication code when the account has MFA.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const MESSAGE_KEYS = {
  INVALID: "invalid",
  CredentialsSignin: "invalid",
  MFA_REQUIRED: "mfaRequired",
  MFA_INVALID: "mfaInvalid",
  THROTTLED: "throttled",
  SUSPENDED: "suspended",
  UNAVAILABLE: "unavailable",
} as const;

export function LoginForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const params = useSearchParams();
  const initialError = params.get("error");
  const [error, setError] = useState<string | null>(
    initialError && initialError in MESSAGE_KEYS ? initialError : initialError ? "INVALID" : null,
  );
  const [needCode, setNeedCode] = useState(false);
  const [pending, setPending] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const idle = params.get("reason") === "idle";
  // after choosing a password with a one-time code (/auth/redeem)
  const passwordSet = params.get("notice") === "password-set";

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""),
    });
    setPending(false);
    if (res?.ok && !res.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    const code = res?.error && res.error in MESSAGE_KEYS ? res.error : "INVALID";
    if (code === "MFA_REQUIRED" || code === "MFA_INVALID") {
      setNeedCode(true);
      setTimeout(() => codeRef.current?.focus(), 0);
    }
    setError(code);
  }

  const message = error ? t(MESSAGE_KEYS[error as keyof typeof MESSAGE_KEYS]) : null;
  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {passwordSet && !error && (
        <Alert role="status">
          <AlertDescription>{t("redeem.done")}</AlertDescription>
        </Alert>
      )}
      {idle && !error && (
        <Alert>
          <AlertDescription>{t("signedOutIdle")}</AlertDescription>
        </Alert>
      )}
      {message && (
        <Alert variant={error === "MFA_REQUIRED" ? "default" : "destructive"} role="alert">
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      )}
      <div className="grid gap-2">
        <Label htmlFor="username">{t("username")}</Label>
        <Input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          readOnly={needCode}
        />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          readOnly={needCode}
        />
      </div>
      {needCode && (
        <div className="grid gap-2">
          <Label htmlFor="code">{t("code")}</Label>
          <Input
            id="code"
            name="code"
            ref={codeRef}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            aria-describedby="code-hint"
          />
          <p id="code-hint" className="text-xs text-muted-foreground">
            {t("codeHint")}
          </p>
        </div>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
