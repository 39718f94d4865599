import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { RedeemCodeForm } from "@/components/auth/redeem-code-form";
import { logoUrlOf } from "@/server/hospitals/logo-store";
import { hostHospital, requestSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Set your password" };
export const dynamic = "force-dynamic";

/** a hospital user chooses their own password with a one-time code from the console (a setup or a reset) */
export default async function RedeemCodePage() {
  const hospital = await hostHospital();
  if (!hospital) notFound();
  if (await requestSession()) redirect("/");
  const [t, logoUrl] = await Promise.all([getTranslations("auth.redeem"), logoUrlOf(hospital.code)]);
  return (
    <AuthCard title={hospital.name} description={t("title")} logoUrl={logoUrl}>
      <RedeemCodeForm />
    </AuthCard>
  );
}
