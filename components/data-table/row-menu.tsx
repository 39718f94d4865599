"use client";
// The actions of one table row behind a "⋯" button: a titled menu whose items the row gives
// (DropdownMenuItem from components/ui/dropdown-menu).
import { MoreHorizontal } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/components/utils";

export function RowMenu(props: {
  /** the button's name: "Actions for Jane Doe" */
  label: string;
  /** the menu's heading (the row's code or name) */
  title: ReactNode;
  disabled?: boolean;
  testId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          aria-label={props.label}
          disabled={props.disabled}
          data-testid={props.testId}
        >
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className={cn(props.className)}>
        <DropdownMenuLabel className="truncate">{props.title}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {props.children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
