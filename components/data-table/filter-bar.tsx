"use client";
// The filters above a table: a search landmark laid out as a responsive grid, with a search box and choices named
// for screen readers (their placeholder or first option says what they do).
import type { ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { cn } from "@/components/utils";

export function FilterBar({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div role="search" className={cn("grid gap-2 sm:grid-cols-2 xl:grid-cols-4", className)}>
      {children}
    </div>
  );
}

/** a text search box */
export function SearchFilter(props: {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  dir?: "ltr";
}) {
  return (
    <Input
      type="search"
      aria-label={props.label}
      placeholder={props.placeholder ?? props.label}
      value={props.value}
      dir={props.dir}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/** one of a few values, or (with `any`) all of them: the empty choice */
export function SelectFilter<V extends string>(props: {
  label: string;
  any?: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | "";
  onChange: (value: V | "") => void;
}) {
  return (
    <NativeSelect aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
      {props.any !== undefined && <option value="">{props.any}</option>}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </NativeSelect>
  );
}
