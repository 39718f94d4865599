"use client";
// A dialog that picks one of a few options, each explained (a hospital's plan, its status).
import { useId, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FormDialog } from "@/components/form";
import { FormControl, FormField, FormItem } from "@/components/ui/form";
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
  const id = useId();
  const form = useForm<{ value: string }>({ defaultValues: { value: props.initial } });
  const value = useWatch({ control: form.control, name: "value" }) as V;
  return (
    <FormDialog
      form={form}
      onClose={props.onClose}
      title={props.title}
      description={props.intro}
      onSubmit={(v) => props.onSubmit(v.value as V)}
      pending={props.pending}
      submitDisabled={value === props.initial}
    >
      <FormField
        control={form.control}
        name="value"
        render={({ field }) => (
          <FormItem>
            <FormControl>
              <RadioGroup value={field.value} onValueChange={field.onChange} aria-label={props.title}>
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
            </FormControl>
          </FormItem>
        )}
      />
      {props.note?.(value)}
    </FormDialog>
  );
}
