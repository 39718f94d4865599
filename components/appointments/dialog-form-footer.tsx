"use client";
// The end of every appointment dialog's form: the form-level error, then Cancel and the submit button, which shows
// a spinner (and, if given, a "…ing" label) while the request runs.
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";

export function DialogFormFooter(p: {
  error?: string | null;
  pending: boolean;
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
  /** shown instead of submitLabel while pending; the spinner's name either way */
  pendingLabel: string;
  keepLabelWhilePending?: boolean;
  destructive?: boolean;
}) {
  return (
    <>
      {p.error && (
        <Alert variant="destructive">
          <AlertDescription>{p.error}</AlertDescription>
        </Alert>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={p.onCancel} disabled={p.pending}>
          {p.cancelLabel}
        </Button>
        <Button type="submit" variant={p.destructive ? "destructive" : "default"} disabled={p.pending}>
          {p.pending && <Spinner aria-label={p.pendingLabel} />}
          {p.pending && !p.keepLabelWhilePending ? p.pendingLabel : p.submitLabel}
        </Button>
      </DialogFooter>
    </>
  );
}
