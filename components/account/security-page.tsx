import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { VerifiedSession } from "@/server/auth/sessions";
import { MfaPanel } from "./mfa-panel";
import { SessionsPanel } from "./sessions-panel";
import { PageHeader } from "@/components/shell/page-header";

/** the account security page of both hosts: two-step sign-in, sessions, password */
export async function SecurityPage({ session }: { session: VerifiedSession }) {
  const t = await getTranslations("account");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("securityTitle")}
        actions={
          <Button asChild variant="outline">
            <Link href="/auth/change-password">{t("changePassword")}</Link>
          </Button>
        }
      />
      <MfaPanel requiredNotice={session.mfaEnrolmentRequired} />
      <SessionsPanel />
    </div>
  );
}
