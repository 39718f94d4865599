import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { HOSPITAL_NAV } from "@/components/shell/nav";
import type { HospitalRole } from "@/shared/enums";
import { canUseArea } from "@/shared/permissions";
import { logoUrlOf } from "@/server/hospitals/logo-store";
import { isReadOnly } from "@/server/hospitals/subscription";
import { placeOf, requirePageSession } from "@/server/next/request";

export default async function HospitalAppLayout({ children }: { children: ReactNode }) {
  const session = await requirePageSession({ allowIncomplete: true });
  const hospital = session.hospital!;
  const t = await getTranslations();
  const role = session.user.role as HospitalRole;
  // a SUSPENDED hospital: its ADMIN reaches only the account area and staff (disable, end sessions)
  const suspended = hospital.status === "SUSPENDED";
  const links = HOSPITAL_NAV.filter(
    (n) => canUseArea(role, n.area, placeOf(hospital)) && (!suspended || n.area === "staff"),
  ).map((n) => ({
    href: n.href,
    icon: n.icon,
    label: t(`areas.${n.area}`),
  }));
  return (
    <AppShell
      title={hospital.name}
      subtitle={t("shell.hospitalCode", { code: hospital.code })}
      links={links}
      userName={`${session.user.firstName} ${session.user.lastName}`}
      roleLabel={t(`roles.${role}`)}
      menuLabel={t("shell.menu")}
      idleMinutes={hospital.settings.inactivityTimeoutMinutes}
      banner={suspended ? t("common.suspendedBanner") : isReadOnly(hospital) ? t("common.readOnlyBanner") : null}
      logoUrl={await logoUrlOf(hospital.code)}
    >
      {children}
    </AppShell>
  );
}
