"use client";
// "Are you sure?" before an action that cannot simply be undone (deactivate, sign, migrate every database). Either
// with a trigger element, or controlled through open/onOpenChange (from a row's menu). When onConfirm returns a
// promise, the dialog stays open with a spinner until it settles, and closes when it succeeded.
import { useTranslations } from "next-intl";
import { useState, type MouseEvent, type ReactNode } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { buttonVariants } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export type ConfirmDialogProps = {
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  /** the action runs elsewhere and has not finished: the buttons wait */
  pending?: boolean;
  onConfirm: () => void | Promise<unknown>;
};

export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useTranslations("common");
  const [innerOpen, setInnerOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const open = props.open ?? innerOpen;
  const busy = running || props.pending === true;
  const close = () => {
    setInnerOpen(false);
    props.onOpenChange?.(false);
  };
  const confirm = (e: MouseEvent) => {
    const result = props.onConfirm();
    if (!(result instanceof Promise)) return; // the action closes the dialog
    e.preventDefault();
    setRunning(true);
    result.then(
      () => {
        setRunning(false);
        close();
      },
      // the caller has told the error (a toast); the dialog stays for another try or Cancel
      () => setRunning(false),
    );
  };
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (busy && !next) return;
        setInnerOpen(next);
        props.onOpenChange?.(next);
      }}
    >
      {props.trigger && <AlertDialogTrigger asChild>{props.trigger}</AlertDialogTrigger>}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{props.title}</AlertDialogTitle>
          <AlertDialogDescription>{props.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={busy}>{props.cancelLabel ?? t("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            className={props.destructive ? buttonVariants({ variant: "destructive" }) : undefined}
            disabled={busy}
            onClick={confirm}
          >
            {busy && <Spinner aria-hidden />}
            {props.confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
