"use client";
// The buttons that move one appointment along its status machine: the step forward as a button, the rest (cancel,
// no-show, reschedule) in a menu. Only legal steps the user's role may take are offered.
import { can } from "@/shared/permissions";
import { CalendarClock, CircleSlash, EllipsisVertical, UserX } from "lucide-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Spinner } from "@/components/ui/spinner";
import { nextActions, type ActionStatus } from "./next-actions";
import type { AppointmentRef } from "./types";
import { useAppointmentsUi } from "./ui-context";
import { useStatusChange } from "./use-appointment-mutations";

const MENU_ICONS: Partial<Record<ActionStatus, typeof UserX>> = {
  CANCELLED: CircleSlash,
  NO_SHOW: UserX,
  RESCHEDULED: CalendarClock,
};

export function StatusActions({ appointment, className }: { appointment: AppointmentRef; className?: string }) {
  const t = useTranslations("appointments.action");
  const tl = useTranslations("common");
  const { config, openStatusDialog } = useAppointmentsUi();
  const change = useStatusChange();
  const trpc = useTRPC();
  const showError = useErrorToast();
  const router = useRouter();
  // a doctor or nurse starting a checked-in appointment opens its encounter (which moves it to IN_PROGRESS)
  const startEncounter = useMutation(
    trpc.encounter.start.mutationOptions({
      onSuccess: (e) => router.push(`/encounters/${e.id}`),
      onError: showError,
    }),
  );
  const { primary, others } = nextActions(appointment.status, config.role);
  if (!primary && others.length === 0) return null;
  const pending = (change.isPending && change.variables?.id === appointment.id) || startEncounter.isPending;

  const act = (to: ActionStatus) => {
    if (to === "CANCELLED") openStatusDialog({ kind: "cancel", appointment });
    else if (to === "NO_SHOW") openStatusDialog({ kind: "noShow", appointment });
    else if (to === "RESCHEDULED") openStatusDialog({ kind: "reschedule", appointment });
    else if (to === "IN_PROGRESS" && can(config.role, "encounter.start"))
      startEncounter.mutate({ appointmentId: appointment.id });
    else change.mutate({ id: appointment.id, status: to });
  };

  return (
    <div className={className ?? "flex items-center justify-end gap-1"}>
      {primary && (
        <Button
          size="sm"
          variant={primary === "COMPLETED" ? "default" : "outline"}
          disabled={pending}
          onClick={() => act(primary)}
        >
          {pending && <Spinner aria-label={tl("saving")} />}
          {t(primary)}
        </Button>
      )}
      {others.length > 0 && (
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger asChild>
            <Button
              size="icon"
              variant="ghost"
              className="size-8"
              aria-label={t("more", { number: appointment.number })}
              disabled={pending}
            >
              <EllipsisVertical aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            {others.map((to) => {
              const Icon = MENU_ICONS[to];
              return (
                <DropdownMenuItem
                  key={to}
                  onSelect={() => act(to)}
                  variant={to === "CANCELLED" ? "destructive" : undefined}
                >
                  {Icon && <Icon aria-hidden />}
                  {t(to)}
                </DropdownMenuItem>
              );
            })}
          </DropdownMenuContent>
        </DropdownMenu>
      )}
    </div>
  );
}
