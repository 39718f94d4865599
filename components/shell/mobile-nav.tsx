"use client";
import { Menu } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { NavLinks, type NavLink } from "./nav-links";

export function MobileNav({ links, title, label }: { links: NavLink[]; title: ReactNode; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={label}>
          <Menu />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 p-4">
        <SheetHeader className="p-0 pb-4">
          <SheetTitle>{title}</SheetTitle>
        </SheetHeader>
        <NavLinks links={links} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
