import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { logoUrlOf } from "@/server/hospitals/logo-store";
import { hostHospital, requestSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Sign in" };

export default async function HospitalLogin() {
  const hospital = await hostHospital();
  if (!hospital) notFound();
  if (await requestSession()) redirect("/");
  const [t, tr, logoUrl] = await Promise.all([
    getTranslations("auth"),
    getTranslations("hospitalAdmin.register"),
    logoUrlOf(hospital.code),
  ]);
  // the link appears only while the hospital accepts registration requests
  const registration = hospital.status === "ACTIVE" && hospital.settings.staffSelfRegistration;
  return (
    <AuthCard title={hospital.name} description={t("signInTitle")} logoUrl={logoUrl}>
      <Suspense>
        <LoginForm />
      </Suspense>
      <p className="mt-4 text-center text-sm">
        <Link href="/auth/redeem" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("redeem.link")}
        </Link>
      </p>
      {registration && (
        <p className="mt-4 text-center text-sm text-muted-foreground">
          {tr("loginLink")}{" "}
          <Link href="/auth/register" className="font-medium text-primary underline-offset-4 hover:underline">
            {tr("loginLinkAction")}
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
