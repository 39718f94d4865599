"use client";
// The access log's action and date filters. Re-mounted (by key) whenever the address changes them, so going back
// and forth shows the filters in force.
import { Filter } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { hasFilters, KNOWN_ACTIONS, type LogFilters } from "./filters";

export function FilterForm({
  filters,
  today,
  onApply,
}: {
  filters: LogFilters;
  today: string;
  onApply: (next: LogFilters) => void;
}) {
  const t = useTranslations("audit.filters");
  const [action, setAction] = useState(filters.action ?? "");
  const [from, setFrom] = useState(filters.from ?? "");
  const [to, setTo] = useState(filters.to ?? "");
  const badRange = !!from && !!to && from > to;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (badRange) return;
    onApply({ ...filters, action: action.trim() || undefined, from: from || undefined, to: to || undefined });
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="grid min-w-48 flex-1 gap-1.5 sm:max-w-64">
          <Label htmlFor="log-action">{t("action")}</Label>
          <Input
            id="log-action"
            value={action}
            onChange={(e) => setAction(e.target.value)}
            placeholder={t("actionPlaceholder")}
            list="log-actions"
            maxLength={60}
            dir="ltr"
            className="text-start font-mono"
            autoComplete="off"
          />
          <datalist id="log-actions">
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <div className="grid w-40 gap-1.5">
          <Label htmlFor="log-from">{t("from")}</Label>
          <Input
            id="log-from"
            type="date"
            value={from}
            max={to || today}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={badRange || undefined}
          />
        </div>
        <div className="grid w-40 gap-1.5">
          <Label htmlFor="log-to">{t("to")}</Label>
          <Input
            id="log-to"
            type="date"
            value={to}
            min={from || undefined}
            max={today}
            onChange={(e) => setTo(e.target.value)}
            aria-invalid={badRange || undefined}
            aria-describedby={badRange ? "log-range-error" : undefined}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={badRange}>
            <Filter aria-hidden /> {t("apply")}
          </Button>
          {(hasFilters(filters) || action || from || to) && (
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setAction("");
                setFrom("");
                setTo("");
                onApply({});
              }}
            >
              {t("reset")}
            </Button>
          )}
        </div>
      </fieldset>
      {badRange && (
        <p id="log-range-error" role="alert" className="mt-2 text-sm text-destructive">
          {t("badRange")}
        </p>
      )}
    </form>
  );
}
