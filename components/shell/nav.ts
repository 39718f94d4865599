// Navigation entries of the hospital app, in order. Only areas with pages appear; the role → area table decides
// who sees which (shared/permissions.ts: an area shows when the role holds one of its permissions here).
import type { Area } from "@/shared/permissions";

export type NavItem = { area: Area; href: string; icon: string };

export const HOSPITAL_NAV: NavItem[] = [
  { area: "dashboard", href: "/", icon: "layout-dashboard" },
  { area: "patients", href: "/patients", icon: "users" },
  { area: "appointments", href: "/appointments", icon: "calendar" },
  { area: "emr", href: "/encounters", icon: "stethoscope" },
  { area: "staff", href: "/staff", icon: "id-card" },
  { area: "audit", href: "/audit", icon: "scroll-text" },
  { area: "settings", href: "/auth/hospital/settings", icon: "settings" },
];
