import { getTranslations } from "next-intl/server";
import { Building2, ShieldCheck, Stethoscope } from "lucide-react";
import { GoToHospital } from "@/components/auth/go-to-hospital";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { config } from "@/server/config";
import { hostUrl } from "@/server/tenancy/host";

export default async function Landing() {
  const t = await getTranslations("landing");
  const c = await getTranslations("common");
  return (
    <main className="mx-auto flex min-h-dvh max-w-5xl flex-col gap-10 px-6 py-12">
      <header className="flex items-center justify-between">
        <div className="flex items-center gap-2 text-lg font-semibold">
          <Stethoscope className="size-6 text-primary" aria-hidden />
          {c("appName")}
        </div>
        <a
          className="text-sm text-muted-foreground underline-offset-4 hover:underline"
          href={`${hostUrl({ kind: "admin" }, config.rootDomain)}/auth/login`}
        >
          {t("adminLink")}
        </a>
      </header>
      <section className="grid items-center gap-10 md:grid-cols-2">
        <div className="space-y-4">
          <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-lg text-muted-foreground">{t("intro")}</p>
          <ul className="space-y-2 text-sm text-muted-foreground">
            <li className="flex items-center gap-2">
              <ShieldCheck className="size-4 text-primary" aria-hidden /> {c("tagline")}
            </li>
            <li className="flex items-center gap-2">
              <Building2 className="size-4 text-primary" aria-hidden /> https://&lt;code&gt;.{config.rootDomain}
            </li>
          </ul>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>
              <h2>{t("goTitle")}</h2>
            </CardTitle>
            <CardDescription>{t("codePlaceholder")}</CardDescription>
          </CardHeader>
          <CardContent>
            <GoToHospital rootDomain={config.rootDomain} />
          </CardContent>
        </Card>
      </section>
    </main>
  );
}
