"use client";
// Landing page form: a hospital code → that hospital's own address.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function GoToHospital({ rootDomain }: { rootDomain: string }) {
  const t = useTranslations("landing");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const c = code.trim();
        if (!/^[A-Za-z0-9]{3,16}$/.test(c)) return setError(t("invalidCode"));
        const { protocol, port } = window.location;
        const root = rootDomain.includes(":") || !port ? rootDomain : `${rootDomain}:${port}`;
        // another origin (the hospital's own subdomain), so not a client-side navigation
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.href = `${protocol}//${c.toLowerCase()}.${root}/auth/login`;
      }}
    >
      <Label htmlFor="hospital-code">{t("codeLabel")}</Label>
      <div className="flex gap-2">
        <Input
          id="hospital-code"
          name="code"
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setError(null);
          }}
          placeholder={t("codePlaceholder")}
          autoComplete="organization"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "hospital-code-error" : undefined}
          className="uppercase"
        />
        <Button type="submit">{t("go")}</Button>
      </div>
      {error && (
        <p id="hospital-code-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </form>
  );
}
