"use client";
// Two-step sign-in of the signed-in account: enrol (QR code or key, then a code from the app), recovery codes once,
// and turning it off with a current code.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { mfaCodeSchema } from "@/shared/users/schemas";
import { FormError, TextField, useErrorToast, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Form } from "@/components/ui/form";
import { Skeleton } from "@/components/ui/skeleton";

export function MfaPanel({ requiredNotice }: { requiredNotice: boolean }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const status = useQuery(trpc.mfa.status.queryOptions());
  const [enrolment, setEnrolment] = useState<{ qrDataUrl: string; manualKey: string } | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const showError = useErrorToast();
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.mfa.status.queryKey() });

  const begin = useMutation(trpc.mfa.begin.mutationOptions({ onSuccess: setEnrolment, onError: showError }));
  const confirm = useMutation(
    trpc.mfa.confirm.mutationOptions({
      onSuccess: (r) => {
        setRecovery(r.recoveryCodes);
        setEnrolment(null);
        toast.success(t("mfaEnabled"));
        void refresh();
        router.refresh();
      },
    }),
  );
  const disable = useMutation(
    trpc.mfa.disable.mutationOptions({
      onSuccess: () => {
        toast.success(t("mfaDisabled"));
        void refresh();
        router.refresh();
      },
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          {t("mfaTitle")}
          {status.data && (
            <Badge variant={status.data.enabled ? "success" : "secondary"}>
              {status.data.enabled ? t("mfaBadgeOn") : t("mfaBadgeOff")}
            </Badge>
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
          <CodeForm
            className="space-y-4"
            submitLabel={t("mfaConfirm")}
            pending={confirm.isPending}
            onCode={(code, done) => confirm.mutate({ code }, done)}
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
          </CodeForm>
        )}
        {status.data?.enabled && (
          <CodeForm
            className="space-y-3"
            submitLabel={t("mfaDisable")}
            submitVariant="outline"
            pending={disable.isPending}
            onCode={(code, done) => disable.mutate({ code }, done)}
          >
            <p className="text-sm text-muted-foreground">
              {t("recoveryLeft", { count: status.data.recoveryCodesLeft })}
            </p>
            <p className="text-sm">{t("mfaDisableIntro")}</p>
          </CodeForm>
        )}
      </CardContent>
    </Card>
  );
}

/** a 6-digit code from the authenticator app, sent with its form; a refused code is told under the field */
function CodeForm(props: {
  className: string;
  submitLabel: string;
  submitVariant?: "outline";
  pending: boolean;
  onCode: (code: string, callbacks: { onError: (err: unknown) => void }) => void;
  children?: ReactNode;
}) {
  const t = useTranslations("account");
  const form = useForm<z.infer<typeof mfaCodeSchema>>({
    resolver: zodResolver(mfaCodeSchema),
    defaultValues: { code: "" },
  });
  const errors = useServerErrors(form);
  const code = useWatch({ control: form.control, name: "code" });
  return (
    <Form {...form}>
      <form
        className={props.className}
        noValidate
        onSubmit={form.handleSubmit((v) => {
          errors.clear();
          props.onCode(v.code, { onError: errors.apply });
        })}
      >
        {props.children}
        <TextField
          control={form.control}
          name="code"
          label={t("mfaConfirmCode")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          transform={(v) => v.replace(/\D/g, "")}
          className="max-w-xs"
        />
        <FormError message={errors.formError} />
        <Button type="submit" variant={props.submitVariant} disabled={props.pending || code.length !== 6}>
          {props.submitLabel}
        </Button>
      </form>
    </Form>
  );
}
