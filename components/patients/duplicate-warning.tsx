"use client";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type Duplicate = {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
};

export function DuplicateWarning({
  duplicates,
  onRegisterAnyway,
  pending,
}: {
  duplicates: Duplicate[];
  onRegisterAnyway: () => void;
  pending: boolean;
}) {
  const t = useTranslations("patients");
  const format = useFormatter();
  return (
    <Alert variant="warning" role="alert" data-testid="duplicate-warning">
      <AlertTitle>{t("duplicatesTitle")}</AlertTitle>
      <AlertDescription className="space-y-3">
        <p>{t("duplicatesIntro", { count: duplicates.length })}</p>
        <ul className="space-y-1">
          {duplicates.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs" dir="ltr">
                {d.mrn}
              </span>
              <span className="font-medium">
                {d.lastName}, {d.firstName}
              </span>
              <span className="text-muted-foreground">
                {format.dateTime(new Date(`${d.dateOfBirth}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
              </span>
              <span className="text-muted-foreground" dir="ltr">
                {d.phone}
              </span>
              <Button asChild size="sm" variant="link" className="h-auto p-0">
                <Link href={`/patients/${d.id}`} target="_blank">
                  {t("openExisting")}
                </Link>
              </Button>
            </li>
          ))}
        </ul>
        <Button type="button" variant="outline" onClick={onRegisterAnyway} disabled={pending}>
          {t("registerAnyway")}
        </Button>
      </AlertDescription>
    </Alert>
  );
}
