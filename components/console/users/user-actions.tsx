"use client";
// What a super admin can do to one hospital account: reset its password, deactivate or reactivate it, lift a lock.
import { useMutation } from "@tanstack/react-query";
import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { PlatformUser } from "../types";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { useRefreshUsers } from "./use-refresh-users";

export function UserActions({ user }: { user: PlatformUser }) {
  const t = useTranslations("superadmin.users");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshUsers();
  const [dialog, setDialog] = useState<"reset" | "deactivate" | null>(null);
  const name = `${user.firstName} ${user.lastName}`;
  const onError = (err: unknown) => toast.error(errorInfo(err).message);
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
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="icon"
            aria-label={t("actionsFor", { name })}
            disabled={setActive.isPending || unlock.isPending}
          >
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>{user.username}</DropdownMenuLabel>
          <DropdownMenuSeparator />
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
        </DropdownMenuContent>
      </DropdownMenu>
      {dialog === "reset" && <ResetPasswordDialog user={user} onClose={() => setDialog(null)} />}
      <AlertDialog open={dialog === "deactivate"} onOpenChange={(open) => !open && setDialog(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("deactivateTitle", { name })}</AlertDialogTitle>
            <AlertDialogDescription>
              {t("deactivateBody", { hospital: user.hospitalCode ?? "" })}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>{tc("cancel")}</AlertDialogCancel>
            <AlertDialogAction onClick={() => setActive.mutate({ id: user.id, active: false })}>
              {t("deactivate")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
