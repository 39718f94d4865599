"use client";
// One labelled input bound to a react-hook-form field, with its inline error: most forms here are made of these.
import type { ComponentProps, ReactNode } from "react";
import type { Control, FieldValues, Path } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { FieldMessage } from "./field-message";
import { NumericInput } from "./numeric-input";

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  description?: ReactNode;
  className?: string;
  /** number fields hand numbers to the form (NaN when empty, which the schema refuses) */
  numeric?: boolean;
  /** applied to what is typed, e.g. upper-casing a code */
  transform?: (value: string) => string;
} & Omit<ComponentProps<typeof Input>, "name" | "value" | "onChange" | "onBlur" | "ref">;

export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  className,
  numeric,
  transform,
  ...input
}: Props<T>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className={className}>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            {numeric ? (
              <NumericInput
                {...input}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value as number}
                onChange={field.onChange}
              />
            ) : (
              <Input
                {...input}
                {...field}
                value={field.value ?? ""}
                onChange={(e) => field.onChange(transform ? transform(e.target.value) : e.target.value)}
              />
            )}
          </FormControl>
          {description && <FormDescription>{description}</FormDescription>}
          <FieldMessage />
        </FormItem>
      )}
    />
  );
}
