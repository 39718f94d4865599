"use client";
// Patient search for booking: a combobox over patient.list (debounced; name words, MRN or phone). Arrow keys move,
// Enter picks, Escape closes the list (and only the list).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type ComponentProps, type KeyboardEvent } from "react";
import type { AppRouter } from "@/server/routers/_app";
import { useDebounced } from "@/components/data-table";
import { useTRPC } from "@/components/trpc/client";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/utils";
import { PatientMarkers } from "./labels";

export type PatientHit = inferRouterOutputs<AppRouter>["patient"]["list"]["items"][number];

type Props = Omit<ComponentProps<typeof Input>, "value" | "onChange" | "onSelect"> & {
  selected: PatientHit | null;
  onSelect: (patient: PatientHit | null) => void;
};

const fullName = (p: PatientHit) => [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" ");

export function PatientPicker({ selected, onSelect, className, ...input }: Props) {
  const t = useTranslations("appointments.book");
  const format = useFormatter();
  const trpc = useTRPC();
  const listId = useId();
  const [text, setText] = useState(selected ? fullName(selected) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDebounced(text.trim(), 250);
  const enabled = open && search.length >= 2;
  const hits = useQuery({
    ...trpc.patient.list.queryOptions({ search, limit: 8 }),
    enabled,
    placeholderData: keepPreviousData,
  });
  const items = enabled ? (hits.data?.items ?? []) : [];

  const choose = (p: PatientHit) => {
    onSelect(p);
    setText(fullName(p));
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(true);
      if (items.length) setActive((i) => (i + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length);
    } else if (e.key === "Enter" && open && items[active]) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape" && open) {
      setOpen(false);
    }
  };
  const born = (p: PatientHit) =>
    t("born", {
      date: format.dateTime(new Date(`${p.dateOfBirth}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    });
  const status = !open
    ? null
    : search.length < 2
      ? t("typeMore")
      : hits.isFetching && !items.length
        ? t("searching")
        : !items.length
          ? t("noPatients")
          : null;

  return (
    <div className={cn("relative", className)}>
      <Input
        {...input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && items[active] ? `${listId}-${items[active].id}` : undefined}
        placeholder={t("patientPlaceholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (selected) onSelect(null);
        }}
        onFocus={() => !selected && text && setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="absolute inset-x-0 top-full z-50 mt-1 max-h-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md">
          {status && (
            <p role="status" className="px-2 py-1.5 text-sm text-muted-foreground">
              {status}
            </p>
          )}
          <ul role="listbox" id={listId} aria-label={t("patient")}>
            {items.map((p, i) => (
              <li
                key={p.id}
                id={`${listId}-${p.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(p)}
                className={cn(
                  "flex cursor-pointer flex-wrap items-center gap-x-2 gap-y-1 rounded-sm px-2 py-1.5 text-sm",
                  i === active && "bg-accent text-accent-foreground",
                )}
              >
                <span className="font-medium">{fullName(p)}</span>
                <span className="font-mono text-xs text-muted-foreground" dir="ltr">
                  {p.mrn}
                </span>
                <span className="text-xs text-muted-foreground">{born(p)}</span>
                <PatientMarkers patient={p} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {selected && !open && (
        <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <span className="font-mono" dir="ltr">
            {selected.mrn}
          </span>
          <span>{born(selected)}</span>
          <PatientMarkers patient={selected} />
        </div>
      )}
    </div>
  );
}
