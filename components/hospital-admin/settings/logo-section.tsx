"use client";
// The hospital's logo: preview, upload (PNG, JPEG or WebP up to 1 MB; the server checks the bytes themselves) and
// removal. Shown on the sign-in page and in the header of every page.
import { useQueryClient } from "@tanstack/react-query";
import { ImageIcon, Trash2, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { ConfirmDialog } from "@/components/form";
import type { HospitalSettingsData } from "./types";

const ACCEPT = "image/png,image/jpeg,image/webp";
const MAX_BYTES = 1024 * 1024;
const PROBLEMS = {
  TOO_LARGE: "logoTooLarge",
  UNSUPPORTED_TYPE: "logoWrongType",
  DAMAGED: "logoDamaged",
  TOO_MANY_PIXELS: "logoTooManyPixels",
  EMPTY: "logoEmpty",
} as const;

export function LogoSection({ data }: { data: HospitalSettingsData }) {
  const t = useTranslations("hospitalAdmin.settings");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const logo = data.logo;

  async function send(method: "POST" | "DELETE", body?: FormData) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/hospital/logo", { method, body });
      const json = (await res.json().catch(() => ({}))) as {
        error?: { message?: string; problem?: keyof typeof PROBLEMS };
      };
      if (!res.ok) {
        const problem = json.error?.problem;
        setError(problem ? t(PROBLEMS[problem]) : (json.error?.message ?? t("logoFailed")));
        return;
      }
      toast.success(method === "POST" ? t("logoSaved") : t("logoRemoved"));
      await qc.invalidateQueries({ queryKey: trpc.settings.get.queryKey() });
      router.refresh();
    } catch {
      setError(t("logoFailed"));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  function onChoose(file: File | undefined) {
    if (!file) return;
    // quick answers before uploading; the server decides from the bytes anyway
    if (file.size > MAX_BYTES) return setError(t("logoTooLarge"));
    if (!ACCEPT.split(",").includes(file.type)) return setError(t("logoWrongType"));
    const form = new FormData();
    form.set("file", file);
    void send("POST", form);
  }

  return (
    <Card id="logo" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>{t("logoTitle")}</CardTitle>
        <CardDescription id={hintId}>{t("logoIntro")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-6">
        <div className="grid size-28 shrink-0 place-items-center overflow-hidden rounded-lg border bg-muted/40">
          {logo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/hospital/logo?v=${logo.sha256.slice(0, 16)}`}
              alt={t("logoAlt")}
              className="max-h-full max-w-full object-contain p-2"
              data-testid="logo-preview"
            />
          ) : (
            <ImageIcon className="size-8 text-muted-foreground" aria-hidden />
          )}
        </div>
        <div className="grid gap-3">
          <div className="flex flex-wrap gap-2">
            <input
              ref={input}
              type="file"
              accept={ACCEPT}
              className="sr-only"
              tabIndex={-1}
              aria-hidden
              onChange={(e) => onChoose(e.target.files?.[0])}
            />
            <Button type="button" onClick={() => input.current?.click()} disabled={busy} aria-describedby={hintId}>
              {busy ? <Spinner aria-hidden /> : <Upload aria-hidden />}
              {logo ? t("logoReplace") : t("logoUpload")}
            </Button>
            {logo && (
              <ConfirmDialog
                trigger={
                  <Button type="button" variant="outline" disabled={busy}>
                    <Trash2 aria-hidden /> {t("logoRemove")}
                  </Button>
                }
                title={t("logoRemoveTitle")}
                description={t("logoRemoveBody")}
                confirmLabel={t("logoRemove")}
                destructive
                onConfirm={() => send("DELETE")}
              />
            )}
          </div>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
