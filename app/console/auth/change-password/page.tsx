import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requirePageSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Change password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  await requirePageSession({ allowIncomplete: true });
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("changePasswordTitle")} description={t("changePasswordIntro")}>
      <ChangePasswordForm />
    </AuthCard>
  );
}
