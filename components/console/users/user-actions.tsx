"use client";
// What a super admin can do to one hospital account: reset its password (the password stops working and the console
// shows a one-time code the user redeems by choosing their own), deactivate or reactivate it, lift a lock.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { RowMenu } from "@/components/data-table";
import { ConfirmDialog, useErrorToast } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { PlatformUser } from "../types";
import { OneTimeCode } from "./one-time-code";
import { useRefreshUsers } from "./use-refresh-users";

type ShownCode = { name: string; username: string; hospitalCode: string; code: string; expiresAt: Date };
const ShowResetCode = createContext<(shown: ShownCode) => void>(() => {});

/**
 * Shows a reset code once, above the users table: a row's own state does not outlive the table redrawing its rows
 * (the list is read again right after the reset).
 */
export function ResetCodeHost({ children }: { children: ReactNode }) {
  const t = useTranslations("superadmin.users");
  const tc = useTranslations("common");
  const [shown, setShown] = useState<ShownCode | null>(null);
  return (
    <ShowResetCode.Provider value={setShown}>
      {children}
      <Dialog open={shown !== null} onOpenChange={(open) => !open && setShown(null)}>
        {/* only Close or Escape close it: not the confirmation handing focus back to the row's menu as it closes */}
        <DialogContent className="sm:max-w-xl" closeLabel={tc("close")} onInteractOutside={(e) => e.preventDefault()}>
          {shown && (
            <>
              <DialogHeader>
                <DialogTitle>{t("resetCodeTitle", { name: shown.name })}</DialogTitle>
                <DialogDescription>{t("passwordReset", { name: shown.name })}</DialogDescription>
              </DialogHeader>
              <OneTimeCode
                kind="reset"
                code={shown.code}
                expiresAt={shown.expiresAt}
                username={shown.username}
                hospitalCode={shown.hospitalCode}
              />
              <DialogFooter>
                <Button onClick={() => setShown(null)}>{tc("close")}</Button>
              </DialogFooter>
            </>
          )}
        </DialogContent>
      </Dialog>
    </ShowResetCode.Provider>
  );
}

export function UserActions({ user }: { user: PlatformUser }) {
  const t = useTranslations("superadmin.users");
  const trpc = useTRPC();
  const showCode = useContext(ShowResetCode);
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
  const resetPassword = useMutation(
    trpc.platformUser.resetPassword.mutationOptions({
      onSuccess: (u) => {
        toast.success(t("passwordReset", { name }));
        showCode({
          name,
          username: user.username,
          hospitalCode: user.hospitalCode ?? "",
          code: u.resetCode,
          expiresAt: u.resetCodeExpiresAt,
        });
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
        disabled={setActive.isPending || unlock.isPending || resetPassword.isPending}
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
      <ConfirmDialog
        open={dialog === "reset"}
        onOpenChange={(open) => !open && setDialog(null)}
        title={t("resetTitle", { name })}
        description={t("resetIntro", { username: user.username, hospital: user.hospitalCode ?? "" })}
        confirmLabel={t("resetConfirm")}
        destructive
        onConfirm={() => resetPassword.mutateAsync({ id: user.id })}
      />
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
