// The message catalogues: one file per namespace under ./catalog, English and Arabic side by side.
import type {} from "next-intl";
import common from "./catalog/common";
import roles from "./catalog/roles";
import areas from "./catalog/areas";
import auth from "./catalog/auth";
import landing from "./catalog/landing";
import shell from "./catalog/shell";
import account from "./catalog/account";
import dashboard from "./catalog/dashboard";
import console from "./catalog/console";
import errors from "./catalog/errors";
import superadmin from "./catalog/superadmin";
import patients from "./catalog/patients";
import encounters from "./catalog/encounters";
import appointments from "./catalog/appointments";
import audit from "./catalog/audit";
import hospitalAdmin from "./catalog/hospitalAdmin";
import permissions from "./catalog/permissions";

const namespaces = {
  common,
  roles,
  areas,
  auth,
  landing,
  shell,
  account,
  dashboard,
  console,
  errors,
  patients,
  appointments,
  audit,
  hospitalAdmin,
  encounters,
  superadmin,
  permissions,
};
type Namespaces = typeof namespaces;

function pick<L extends "en" | "ar">(locale: L) {
  return Object.fromEntries(Object.entries(namespaces).map(([k, v]) => [k, v[locale]])) as {
    [K in keyof Namespaces]: Namespaces[K]["en"];
  };
}

export const en = pick("en");
export const ar = pick("ar");
export type Messages = typeof en;

export function messagesFor(locale: string): Messages {
  return locale === "ar" ? ar : en;
}

declare module "next-intl" {
  interface AppConfig {
    Locale: "en" | "ar";
    Messages: Messages;
  }
}
