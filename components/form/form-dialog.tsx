"use client";
// A form in a dialog: title and description, the fields, then the footer (the form-level error, Cancel, and the
// submit button with a spinner while the request runs). The dialog cannot be closed while it saves.
import { useTranslations } from "next-intl";
import { useState, type ComponentProps, type ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/utils";
import type { ServerErrors } from "./use-errors";

export type DialogFormFooterProps = {
  /** the form-level error (what no field could show) */
  error?: string | null;
  pending: boolean;
  onCancel: () => void;
  /** default "Save" */
  submitLabel?: string;
  /** shown instead of submitLabel while pending (default "Saving…"); the spinner's name either way */
  pendingLabel?: string;
  keepLabelWhilePending?: boolean;
  cancelLabel?: string;
  destructive?: boolean;
  submitDisabled?: boolean;
};

/** the end of a dialog's form: its error, Cancel, and the submit button */
export function DialogFormFooter(p: DialogFormFooterProps) {
  const t = useTranslations("common");
  const pendingLabel = p.pendingLabel ?? t("saving");
  return (
    <>
      {p.error && (
        <Alert variant="destructive">
          <AlertDescription>{p.error}</AlertDescription>
        </Alert>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={p.onCancel} disabled={p.pending}>
          {p.cancelLabel ?? t("cancel")}
        </Button>
        <Button
          type="submit"
          variant={p.destructive ? "destructive" : "default"}
          disabled={p.pending || p.submitDisabled}
        >
          {p.pending && <Spinner aria-label={pendingLabel} />}
          {p.pending && !p.keepLabelWhilePending ? pendingLabel : (p.submitLabel ?? t("save"))}
        </Button>
      </DialogFooter>
    </>
  );
}

export type FormDialogProps<T extends FieldValues, U> = Omit<DialogFormFooterProps, "onCancel" | "error"> & {
  form: UseFormReturn<T, unknown, U>;
  /** called with the form's (validated) output */
  onSubmit: (values: U) => void;
  title: ReactNode;
  description?: ReactNode;
  /** opens the dialog (uncontrolled); without it, or with `open`, the caller decides */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** called whenever the dialog closes (Cancel, Escape, the close button) */
  onClose?: () => void;
  /** the form-level error and its reset on submit (useServerErrors) */
  serverErrors?: ServerErrors;
  error?: string | null;
  /** classes of the dialog (its width: "sm:max-w-2xl") */
  className?: string;
  /** classes of the fields' container (default: a grid of one column) */
  bodyClassName?: string;
  contentProps?: Pick<ComponentProps<typeof DialogContent>, "onEscapeKeyDown">;
  /** above the form (a warning) */
  intro?: ReactNode;
  /** between the fields and the footer (progress) */
  after?: ReactNode;
  /** shown instead of the form (what was done) */
  result?: ReactNode;
  children: ReactNode;
};

export function FormDialog<T extends FieldValues, U>({
  form,
  onSubmit,
  title,
  description,
  trigger,
  open: openProp,
  onOpenChange,
  onClose,
  serverErrors,
  error,
  className,
  bodyClassName,
  contentProps,
  intro,
  after,
  result,
  children,
  ...footer
}: FormDialogProps<T, U>) {
  const t = useTranslations("common");
  const [innerOpen, setInnerOpen] = useState(false);
  const open = openProp ?? (trigger ? innerOpen : true);
  const setOpen = (next: boolean) => {
    if (!next && footer.pending) return;
    setInnerOpen(next);
    onOpenChange?.(next);
    if (!next) onClose?.();
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent className={className} closeLabel={t("close")} {...contentProps}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          {description && <DialogDescription>{description}</DialogDescription>}
        </DialogHeader>
        {intro}
        {result ?? (
          <Form {...form}>
            <form
              noValidate
              className="space-y-4"
              onSubmit={form.handleSubmit((values) => {
                serverErrors?.clear();
                onSubmit(values);
              })}
            >
              <fieldset disabled={footer.pending} className={cn("grid min-w-0 gap-4", bodyClassName)}>
                {children}
              </fieldset>
              {after}
              <DialogFormFooter {...footer} error={error ?? serverErrors?.formError} onCancel={() => setOpen(false)} />
            </form>
          </Form>
        )}
      </DialogContent>
    </Dialog>
  );
}
