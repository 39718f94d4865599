import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireSuperAdminPage } from "@/server/next/request";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await requireSuperAdminPage();
  const t = await getTranslations();
  return (
    <AppShell
      title={t("console.title")}
      subtitle={t("console.subtitle")}
      links={[
        { href: "/auth/superadmin", icon: "building", label: t("console.hospitals") },
        { href: "/admin", icon: "scroll-text", label: t("console.dataBrowser") },
        { href: "/auth/superadmin/break-glass", icon: "shield-alert", label: t("console.breakGlass") },
      ]}
      userName={`${session.user.firstName} ${session.user.lastName}`}
      roleLabel={t("roles.SUPERADMIN")}
      menuLabel={t("shell.menu")}
      idleMinutes={30}
    >
      {children}
    </AppShell>
  );
}
