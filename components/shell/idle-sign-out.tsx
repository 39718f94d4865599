"use client";
// Signs the user out after the hospital's inactivity timeout (the server refuses the session after it anyway).
import { signOut } from "next-auth/react";
import { useEffect } from "react";

const EVENTS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

export function IdleSignOut({ minutes }: { minutes: number }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void signOut({ callbackUrl: "/auth/login?reason=idle" }), minutes * 60_000);
    };
    reset();
    for (const e of EVENTS) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of EVENTS) window.removeEventListener(e, reset);
    };
  }, [minutes]);
  return null;
}
