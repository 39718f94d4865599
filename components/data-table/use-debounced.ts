"use client";
import { useEffect, useState } from "react";

/** the value, once it has stopped changing for `ms` (search boxes ask the server once per pause, not per key) */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
