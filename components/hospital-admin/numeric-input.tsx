"use client";
// A number field that keeps what the user typed ("1.", "0.5") while handing the form a number (NaN when empty or
// not a number, which the schema refuses). `scale` shows minor units in major ones (cents as 12.50).
import { useState, type ComponentProps } from "react";
import { Input } from "@/components/ui/input";

type Props = Omit<ComponentProps<typeof Input>, "value" | "onChange" | "type"> & {
  value: number;
  onChange: (value: number) => void;
  scale?: number;
};

const show = (value: number, scale: number) => (Number.isFinite(value) ? String(value / scale) : "");

export function NumericInput({ value, onChange, scale = 1, ...props }: Props) {
  const [text, setText] = useState(() => show(value, scale));
  const [seen, setSeen] = useState(value);
  if (value !== seen && !(Number.isNaN(value) && Number.isNaN(seen))) {
    // the form changed the value (reset, server data): show it, unless it is what the user is typing
    setSeen(value);
    if (Math.round(Number(text) * scale) !== value) setText(show(value, scale));
  }
  return (
    <Input
      {...props}
      type="text"
      inputMode="decimal"
      dir="ltr"
      value={text}
      onChange={(e) => {
        const raw = e.target.value.replace(",", ".");
        setText(raw);
        const n = raw.trim() === "" ? NaN : Number(raw);
        const next = Number.isFinite(n) ? Math.round(n * scale * 1e6) / 1e6 : NaN;
        setSeen(next);
        onChange(next);
      }}
    />
  );
}
