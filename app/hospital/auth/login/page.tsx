import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { hostHospital, requestSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Sign in" };

export default async function HospitalLogin() {
  const hospital = await hostHospital();
  if (!hospital) notFound();
  if (await requestSession()) redirect("/");
  const t = await getTranslations("auth");
  return (
    <AuthCard title={hospital.name} description={t("signInTitle")}>
      <Suspense>
        <LoginForm />
      </Suspense>
    </AuthCard>
  );
}
