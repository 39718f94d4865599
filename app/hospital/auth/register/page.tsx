import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/hospital-admin/register-form";
import { logoUrlOf } from "@/server/hospitals/logo-store";
import { hostHospital, requestSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Request an account" };
export const dynamic = "force-dynamic";

/** only while the hospital accepts registration requests; otherwise this page does not exist */
export default async function RegisterPage() {
  const hospital = await hostHospital();
  if (!hospital || hospital.status !== "ACTIVE" || !hospital.settings.staffSelfRegistration) notFound();
  if (await requestSession()) redirect("/");
  const t = await getTranslations("hospitalAdmin.register");
  return (
    <AuthCard title={hospital.name} description={t("title")} logoUrl={await logoUrlOf(hospital.code)}>
      <RegisterForm hospitalName={hospital.name} />
    </AuthCard>
  );
}
