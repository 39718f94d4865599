import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { requestSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function AdminLogin() {
  if (await requestSession()) redirect("/auth/superadmin");
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("adminSignIn")} description={t("signInTitle")}>
      <Suspense>
        <LoginForm />
      </Suspense>
    </AuthCard>
  );
}
