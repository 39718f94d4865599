// The top of every page: its title (the page's one h1), a line saying what it is for, and the page's own actions.
import type { ReactNode } from "react";
import { cn } from "@/components/utils";

export function PageHeader({
  title,
  intro,
  actions,
  className,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-wrap items-end justify-between gap-3", className)}>
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {intro && <p className="max-w-3xl text-muted-foreground">{intro}</p>}
      </div>
      {actions}
    </div>
  );
}
