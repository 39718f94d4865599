"use client";
import {
  CalendarDays,
  IdCard,
  LayoutDashboard,
  ScrollText,
  Settings,
  Shield,
  ShieldAlert,
  Stethoscope,
  Building2,
  Users,
  type LucideIcon,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/utils";

const ICONS: Record<string, LucideIcon> = {
  "layout-dashboard": LayoutDashboard,
  users: Users,
  calendar: CalendarDays,
  stethoscope: Stethoscope,
  "id-card": IdCard,
  "scroll-text": ScrollText,
  settings: Settings,
  shield: Shield,
  "shield-alert": ShieldAlert,
  building: Building2,
};

export type NavLink = { href: string; label: string; icon: string };

export function NavLinks({ links, onNavigate }: { links: NavLink[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  // the most specific entry wins: /auth/superadmin/break-glass is not also /auth/superadmin
  const matches = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  const current = links.filter((l) => matches(l.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav className="flex flex-col gap-1" aria-label="Main">
      {links.map((l) => {
        const Icon = ICONS[l.icon] ?? LayoutDashboard;
        const active = l.href === current;
        return (
          <Link
            key={l.href}
            href={l.href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
              active && "bg-primary/10 text-primary hover:bg-primary/15 hover:text-primary",
            )}
          >
            <Icon className="size-4 shrink-0" aria-hidden />
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
