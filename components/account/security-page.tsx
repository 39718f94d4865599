import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { VerifiedSession } from "@/server/auth/sessions";
import { MfaPanel } from "./mfa-panel";
import { SessionsPanel } from "./sessions-panel";

/** the account security page of both hosts: two-step sign-in, sessions, password */
export async function SecurityPage({ session }: { session: VerifiedSession }) {
  const t = await getTranslations("account");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("securityTitle")}</h1>
        <Button asChild variant="outline">
          <Link href="/auth/change-password">{t("changePassword")}</Link>
        </Button>
      </div>
      <MfaPanel requiredNotice={session.mfaEnrolmentRequired} />
      <SessionsPanel />
    </div>
  );
}
