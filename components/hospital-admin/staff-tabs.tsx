"use client";
// Staff and Departments: two pages of staff administration, linked like tabs.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/utils";

const TABS = [
  { href: "/staff", key: "staffTab" },
  { href: "/staff/departments", key: "departmentsTab" },
] as const;

export function StaffTabs() {
  const t = useTranslations("hospitalAdmin.staff");
  const pathname = usePathname();
  return (
    <nav
      aria-label={t("sectionsLabel")}
      className="inline-flex h-9 items-center rounded-lg bg-muted p-[3px] text-muted-foreground"
    >
      {TABS.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-ring",
              active ? "bg-background text-foreground shadow-sm" : "hover:text-foreground",
            )}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
