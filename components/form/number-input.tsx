"use client";
// A number typed as text: keeps what the user typed ("1.", "0.5") while handing the form a number — NaN when empty
// or not a number (which the schema refuses), or null when the field may stay empty. `scale` shows minor units in
// major ones (cents as 12.50).
import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";

type Props = Omit<ComponentProps<typeof Input>, "value" | "onChange" | "type"> & {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  scale?: number;
  nullable?: boolean;
};

const show = (value: number | null | undefined, scale: number) =>
  typeof value === "number" && Number.isFinite(value) ? String(value / scale) : "";
const same = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (Number.isNaN(a) && Number.isNaN(b));

export function NumberInput({ value, onChange, scale = 1, nullable, ...props }: Props) {
  const [text, setText] = useState(() => show(value, scale));
  const [seen, setSeen] = useState(value);
  if (!same(value, seen)) {
    // the form changed the value (reset, server data): show it, unless it is what the user is typing
    setSeen(value);
    const typed = text.trim() === "" ? (nullable ? null : NaN) : Math.round(Number(text) * scale * 1e6) / 1e6;
    if (!same(typed, value)) setText(show(value, scale));
  }
  return (
    <Input
      inputMode="decimal"
      {...props}
      type="text"
      dir="ltr"
      value={text}
      onChange={(e) => {
        const raw = e.target.value.replace(",", ".");
        setText(raw);
        const n = raw.trim() === "" ? NaN : Number(raw);
        const next = Number.isFinite(n)
          ? Math.round(n * scale * 1e6) / 1e6
          : raw.trim() === "" && nullable
            ? null
            : NaN;
        setSeen(next);
        onChange(next);
      }}
    />
  );
}
