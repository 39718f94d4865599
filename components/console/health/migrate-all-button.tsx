"use client";
// "Migrate all", behind a confirmation: it touches every hospital database.
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/form";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export function MigrateAllButton({
  pending,
  disabled,
  onConfirm,
}: {
  pending: boolean;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("superadmin.health");
  return (
    <ConfirmDialog
      trigger={
        <Button disabled={disabled}>
          {pending && <Spinner aria-label={t("migrating")} />}
          {t("migrateAll")}
        </Button>
      }
      title={t("migrateAllTitle")}
      description={t("migrateAllBody")}
      confirmLabel={t("migrateAll")}
      onConfirm={onConfirm}
    />
  );
}
