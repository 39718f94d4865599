"use client";
// A labelled native select bound to a react-hook-form field: keyboard-friendly and fast with hundreds of options.
import type { ReactNode } from "react";
import type { Control, FieldValues, Path } from "react-hook-form";
import { FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/native-select";
import { FieldMessage } from "../field-message";
import type { Option, OptionGroup } from "./types";

export function SelectField<T extends FieldValues>(props: {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  description?: ReactNode;
  options?: Option[];
  groups?: OptionGroup[];
  dir?: "ltr" | "rtl";
}) {
  return (
    <FormField
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{props.label}</FormLabel>
          <FormControl>
            <NativeSelect {...field} dir={props.dir}>
              {props.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
              {props.groups?.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </NativeSelect>
          </FormControl>
          {props.description && <FormDescription>{props.description}</FormDescription>}
          <FieldMessage />
        </FormItem>
      )}
    />
  );
}
