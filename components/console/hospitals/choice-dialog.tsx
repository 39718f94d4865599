"use client";
// A dialog that picks one of a few options, each explained (a hospital's plan, its status).
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";

export function ChoiceDialog<V extends string>(props: {
  title: string;
  intro: string;
  options: ReadonlyArray<{ value: V; label: string; description: string }>;
  initial: V;
  pending: boolean;
  onSubmit: (value: V) => void;
  onClose: () => void;
  /** shown under the options for the chosen value (e.g. what suspending does) */
  note?: (value: V) => ReactNode;
}) {
  const tc = useTranslations("common");
  const id = useId();
  const [value, setValue] = useState<V>(props.initial);
  return (
    <Dialog open onOpenChange={(open) => !open && !props.pending && props.onClose()}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.intro}</DialogDescription>
        </DialogHeader>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSubmit(value);
          }}
        >
          <RadioGroup
            value={value}
            onValueChange={(v) => setValue(v as V)}
            disabled={props.pending}
            aria-label={props.title}
          >
            {props.options.map((o) => (
              <div
                key={o.value}
                className="flex items-start gap-3 rounded-md border p-3 has-[[data-state=checked]]:border-primary"
              >
                <RadioGroupItem value={o.value} id={`${id}-${o.value}`} className="mt-0.5" />
                <Label htmlFor={`${id}-${o.value}`} className="grid gap-1 font-normal">
                  <span className="font-medium">{o.label}</span>
                  <span className="text-sm text-muted-foreground">{o.description}</span>
                </Label>
              </div>
            ))}
          </RadioGroup>
          {props.note?.(value)}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={props.onClose} disabled={props.pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={props.pending || value === props.initial}>
              {props.pending ? tc("saving") : tc("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
