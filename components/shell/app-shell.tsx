// The frame of every signed-in page: sidebar navigation, top bar with the hospital (or console) name and the user,
// the read-only banner of an expired subscription, and the inactivity sign-out.
import { Stethoscope, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { IdleSignOut } from "./idle-sign-out";
import { MobileNav } from "./mobile-nav";
import { NavLinks, type NavLink } from "./nav-links";
import { UserMenu } from "./user-menu";

export function AppShell(props: {
  title: string;
  subtitle?: string;
  links: NavLink[];
  userName: string;
  roleLabel: string;
  menuLabel: string;
  idleMinutes: number;
  banner?: string | null;
  /** the hospital's own logo, when it has one */
  logoUrl?: string | null;
  children: ReactNode;
}) {
  const brand = (
    <div className="flex min-w-0 items-center gap-2">
      {props.logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={props.logoUrl} alt="" className="h-8 w-auto max-w-16 shrink-0 object-contain" />
      ) : (
        <Stethoscope className="size-6 shrink-0 text-primary" aria-hidden />
      )}
      <div className="min-w-0 leading-tight">
        <div className="truncate font-semibold" data-testid="hospital-name">
          {props.title}
        </div>
        {props.subtitle && <div className="truncate text-xs text-muted-foreground">{props.subtitle}</div>}
      </div>
    </div>
  );
  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 hidden h-dvh w-64 shrink-0 flex-col gap-6 border-e bg-muted/30 p-4 lg:flex">
        {brand}
        <NavLinks links={props.links} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-background/95 px-4 backdrop-blur">
          <MobileNav links={props.links} title={brand} label={props.menuLabel} />
          <div className="lg:hidden">{brand}</div>
          <div className="ms-auto">
            <UserMenu name={props.userName} roleLabel={props.roleLabel} />
          </div>
        </header>
        {props.banner && (
          <div
            role="status"
            className="flex items-center gap-2 border-b border-warning/40 bg-warning/15 px-4 py-2 text-sm"
            data-testid="read-only-banner"
          >
            <TriangleAlert className="size-4 shrink-0" aria-hidden />
            {props.banner}
          </div>
        )}
        <main className="mx-auto w-full max-w-7xl flex-1 p-4 md:p-6">{props.children}</main>
      </div>
      <IdleSignOut minutes={props.idleMinutes} />
    </div>
  );
}
