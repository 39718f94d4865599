"use client";
// What a super admin can do to one hospital account: reset its password, deactivate or reactivate it, lift a lock.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { RowMenu } from "@/components/data-table";
import { ConfirmDialog, useErrorToast } from "@/components/form";
import { useTRPC, useTRPCClient } from "@/components/trpc/client";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { ResetPasswordDialog } from "@/components/users/reset-password-dialog";
import type { PlatformUser } from "../types";
import { useRefreshUsers } from "./use-refresh-users";

export function UserActions({ user }: { user: PlatformUser }) {
  const t = useTranslations("superadmin.users");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const refresh = useRefreshUsers();
  const onError = useErrorToast();
  const [dialog, setDialog] = useState<"reset" | "deactivate" | null>(null);
  const name = `${user.firstName} ${user.lastName}`;
  const setActive = useMutation(
    trpc.platformUser.setActive.mutationOptions({
      onSuccess: (u) => {
        toast.success(u.isActive ? t("reactivated", { name }) : t("deactivated", { name }));
        refresh();
      },
      onError,
    }),
  );
  const unlock = useMutation(
    trpc.platformUser.unlock.mutationOptions({
      onSuccess: () => {
        toast.success(t("unlocked", { name }));
        refresh();
      },
      onError,
    }),
  );

  if (user.role === "SUPERADMIN") {
    return (
      <Tooltip>
        <TooltipTrigger asChild>
          <span tabIndex={0} className="text-xs text-muted-foreground">
            {t("cliOnly")}
          </span>
        </TooltipTrigger>
        <TooltipContent>{t("cliOnlyHint")}</TooltipContent>
      </Tooltip>
    );
  }
  return (
    <>
      <RowMenu
        label={t("actionsFor", { name })}
        title={user.username}
        disabled={setActive.isPending || unlock.isPending}
      >
        <DropdownMenuItem onSelect={() => setDialog("reset")}>{t("resetPassword")}</DropdownMenuItem>
        {user.locked && (
          <DropdownMenuItem onSelect={() => unlock.mutate({ id: user.id })}>{t("unlock")}</DropdownMenuItem>
        )}
        {user.isActive ? (
          <DropdownMenuItem variant="destructive" onSelect={() => setDialog("deactivate")}>
            {t("deactivate")}
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem onSelect={() => setActive.mutate({ id: user.id, active: true })}>
            {t("reactivate")}
          </DropdownMenuItem>
        )}
      </RowMenu>
      {dialog === "reset" && (
        <ResetPasswordDialog
          title={t("resetTitle", { name })}
          description={t("resetIntro", { username: user.username, hospital: user.hospitalCode ?? "" })}
          label={t("temporaryPassword")}
          hint={t("temporaryHint")}
          submitLabel={t("resetPassword")}
          save={(password) => client.platformUser.resetPassword.mutate({ id: user.id, password })}
          onSaved={() => {
            toast.success(t("passwordReset", { name }));
            refresh();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDialog
        open={dialog === "deactivate"}
        onOpenChange={(open) => !open && setDialog(null)}
        title={t("deactivateTitle", { name })}
        description={t("deactivateBody", { hospital: user.hospitalCode ?? "" })}
        confirmLabel={t("deactivate")}
        destructive
        onConfirm={() => setActive.mutateAsync({ id: user.id, active: false })}
      />
    </>
  );
}
