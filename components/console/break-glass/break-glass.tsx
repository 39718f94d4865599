"use client";
// Break-glass (admin host, /auth/superadmin/break-glass): a super admin asks for time-limited read access to one
// hospital's patient data with a reason, sees their grants in force with the time left, reads patients under a grant
// (search, then one patient's chart), and ends a grant early. The server refuses every read without a grant and writes
// each read to the hospital's own access log, which its administrators see.
import { useQuery } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ActiveGrants } from "./active-grants";
import { GrantPatients } from "./grant-patients";
import { StartBreakGlass } from "./start-form";

export function BreakGlassPage() {
  const t = useTranslations("superadmin.breakGlass");
  const trpc = useTRPC();
  const mine = useQuery(trpc.breakGlass.mine.queryOptions(undefined, { refetchInterval: 60_000 }));
  const [chosen, setChosen] = useState<string | null>(null);
  const grants = mine.data ?? [];
  // the grant being read: the one chosen while it is still in force, else the newest
  const current = grants.find((g) => g.code === chosen) ?? grants[0] ?? null;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Alert variant="warning" data-testid="break-glass-recorded">
        <ShieldAlert aria-hidden />
        <AlertTitle className="line-clamp-none">{t("recordedTitle")}</AlertTitle>
        <AlertDescription>{t("recorded")}</AlertDescription>
      </Alert>
      <div className="grid gap-6 lg:grid-cols-2">
        <StartBreakGlass onStarted={setChosen} />
        <ActiveGrants
          grants={grants}
          loading={mine.isLoading}
          error={mine.error}
          current={current?.code ?? null}
          onChoose={setChosen}
          onExpired={() => void mine.refetch()}
        />
      </div>
      {current && <GrantPatients key={current.id} grant={current} />}
    </div>
  );
}
