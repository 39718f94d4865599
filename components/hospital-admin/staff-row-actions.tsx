"use client";
// The actions on one staff member: edit, approve/reject, unlock, reset password or two-step sign-in, sign out
// everywhere, deactivate/reactivate. Irreversible ones ask first.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, KeyRound, LockOpen, LogOut, Pencil, Power, ShieldOff, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { RowMenu } from "@/components/data-table";
import { ConfirmDialog, useErrorToast } from "@/components/form";
import { useTRPC, useTRPCClient } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { ResetPasswordDialog } from "@/components/users/reset-password-dialog";
import { StaffEditDialog } from "./staff-edit-dialog";
import type { StaffRow } from "./staff-types";

type Confirmable = "deactivate" | "reactivate" | "revokeSessions" | "resetMfa" | "reject";

export function StaffRowActions({ staff, isSelf }: { staff: StaffRow; isSelf: boolean }) {
  const t = useTranslations("hospitalAdmin.staff");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<"edit" | "password" | Confirmable | null>(null);
  const name = `${staff.firstName} ${staff.lastName}`;
  const done = (message: string) => () => {
    toast.success(message);
    void qc.invalidateQueries(trpc.user.list.pathFilter());
  };
  const onError = useErrorToast();
  const setActive = useMutation(trpc.user.setActive.mutationOptions({ onError }));
  const unlock = useMutation(trpc.user.unlock.mutationOptions({ onSuccess: done(t("unlocked", { name })), onError }));
  const revoke = useMutation(
    trpc.user.revokeSessions.mutationOptions({
      onSuccess: (r) => done(t("sessionsRevoked", { count: r.revoked }))(),
      onError,
    }),
  );
  const resetMfa = useMutation(
    trpc.user.resetMfa.mutationOptions({ onSuccess: done(t("mfaReset", { name })), onError }),
  );
  const decide = useMutation(trpc.user.decide.mutationOptions({ onError }));
  const pending = staff.approval === "PENDING";

  const confirm: Record<Confirmable, { title: string; body: string; label: string; run: () => Promise<unknown> }> = {
    deactivate: {
      title: t("deactivateTitle", { name }),
      body: t("deactivateBody"),
      label: t("deactivate"),
      run: () =>
        setActive.mutateAsync({ id: staff.id, active: false }, { onSuccess: done(t("deactivated", { name })) }),
    },
    reactivate: {
      title: t("reactivateTitle", { name }),
      body: t("reactivateBody"),
      label: t("reactivate"),
      run: () => setActive.mutateAsync({ id: staff.id, active: true }, { onSuccess: done(t("reactivated", { name })) }),
    },
    revokeSessions: {
      title: t("revokeTitle", { name }),
      body: t("revokeBody"),
      label: t("revokeSessions"),
      run: () => revoke.mutateAsync({ id: staff.id }),
    },
    resetMfa: {
      title: t("resetMfaTitle", { name }),
      body: t("resetMfaBody"),
      label: t("resetMfa"),
      run: () => resetMfa.mutateAsync({ id: staff.id }),
    },
    reject: {
      title: t("rejectTitle", { name }),
      body: t("rejectBody"),
      label: t("reject"),
      run: () => decide.mutateAsync({ id: staff.id, approve: false }, { onSuccess: done(t("rejected", { name })) }),
    },
  };
  const current = dialog && dialog in confirm ? confirm[dialog as Confirmable] : null;

  return (
    <div className="flex items-center justify-end gap-1">
      {pending && (
        <Button
          size="sm"
          variant="outline"
          onClick={() => decide.mutate({ id: staff.id, approve: true }, { onSuccess: done(t("approved", { name })) })}
          disabled={decide.isPending}
        >
          <Check aria-hidden /> {t("approve")}
        </Button>
      )}
      {staff.locked && (
        <Button size="sm" variant="outline" onClick={() => unlock.mutate({ id: staff.id })} disabled={unlock.isPending}>
          <LockOpen aria-hidden /> {t("unlock")}
        </Button>
      )}
      <RowMenu label={t("actionsFor", { name })} title={name} testId="staff-actions" className="w-56">
        <DropdownMenuItem onSelect={() => setDialog("edit")}>
          <Pencil aria-hidden /> {t("edit")}
        </DropdownMenuItem>
        {pending && (
          <DropdownMenuItem onSelect={() => setDialog("reject")}>
            <X aria-hidden /> {t("reject")}
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => setDialog("password")}>
          <KeyRound aria-hidden /> {t("resetPassword")}
        </DropdownMenuItem>
        {staff.mfaEnabled && (
          <DropdownMenuItem onSelect={() => setDialog("resetMfa")}>
            <ShieldOff aria-hidden /> {t("resetMfa")}
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => setDialog("revokeSessions")}>
          <LogOut aria-hidden /> {t("revokeSessions")}
        </DropdownMenuItem>
        {!isSelf && !pending && (
          <DropdownMenuItem
            variant={staff.isActive ? "destructive" : "default"}
            onSelect={() => setDialog(staff.isActive ? "deactivate" : "reactivate")}
          >
            <Power aria-hidden /> {staff.isActive ? t("deactivate") : t("reactivate")}
          </DropdownMenuItem>
        )}
      </RowMenu>
      {dialog === "edit" && <StaffEditDialog staff={staff} onClose={() => setDialog(null)} />}
      {dialog === "password" && (
        <ResetPasswordDialog
          title={t("resetPasswordTitle", { name })}
          description={t("resetPasswordIntro")}
          label={t("temporaryPassword")}
          hint={t("temporaryPasswordHint")}
          submitLabel={t("resetPassword")}
          save={(password) => client.user.resetPassword.mutate({ id: staff.id, password })}
          onSaved={done(t("passwordReset", { name }))}
          onClose={() => setDialog(null)}
        />
      )}
      {current && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setDialog(null)}
          title={current.title}
          description={current.body}
          confirmLabel={current.label}
          destructive={dialog !== "reactivate"}
          onConfirm={current.run}
        />
      )}
    </div>
  );
}
