// The message catalogues. Arabic must have every key English has (checked by the compiler through the Messages type).
import { ar } from "./ar";
import type {} from "next-intl";
import { en } from "./en";

export type Messages = typeof en;

export const catalogues: Record<"en" | "ar", Messages> = { en, ar };

export function messagesFor(locale: string): Messages {
  return locale === "ar" ? ar : en;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: "en" | "ar";
    Messages: typeof en;
  }
}
