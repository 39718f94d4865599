"use client";
// Fields shared by the staff forms: role, department, and a temporary password with a generator.
import { useQuery } from "@tanstack/react-query";
import { Dices } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Control, FieldValues, Path } from "react-hook-form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { FieldMessage } from "./field-message";

type FieldProps<T extends FieldValues> = { control: Control<T>; name: Path<T> };

export function RoleField<T extends FieldValues>({
  control,
  name,
  roles,
}: FieldProps<T> & { roles: readonly string[] }) {
  const t = useTranslations("hospitalAdmin.staff");
  const tRole = useTranslations("roles");
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{t("role")}</FormLabel>
          <FormControl>
            <NativeSelect {...field} value={field.value ?? ""}>
              <option value="" disabled>
                {t("chooseRole")}
              </option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {tRole(r as "ADMIN")}
                </option>
              ))}
            </NativeSelect>
          </FormControl>
          <FieldMessage />
        </FormItem>
      )}
    />
  );
}

export function DepartmentField<T extends FieldValues>({ control, name }: FieldProps<T>) {
  const t = useTranslations("hospitalAdmin.staff");
  const trpc = useTRPC();
  const departments = useQuery(trpc.department.list.queryOptions({ includeInactive: false }));
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{t("department")}</FormLabel>
          <FormControl>
            <NativeSelect
              {...field}
              value={field.value ?? ""}
              onChange={(e) => field.onChange(e.target.value || null)}
              disabled={departments.isLoading}
            >
              <option value="">{t("noDepartment")}</option>
              {departments.data?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} ({d.code})
                </option>
              ))}
            </NativeSelect>
          </FormControl>
          <FieldMessage />
        </FormItem>
      )}
    />
  );
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
/** a random temporary password (4 groups of 4), long and unguessable enough for the policy */
export function temporaryPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

export function TemporaryPasswordField<T extends FieldValues>({
  control,
  name,
  label,
}: FieldProps<T> & { label: string }) {
  const t = useTranslations("hospitalAdmin.staff");
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <div className="flex gap-2">
            <FormControl>
              <Input
                {...field}
                value={field.value ?? ""}
                autoComplete="new-password"
                spellCheck={false}
                dir="ltr"
                className="font-mono"
              />
            </FormControl>
            <Button type="button" variant="outline" onClick={() => field.onChange(temporaryPassword())}>
              <Dices aria-hidden /> {t("generate")}
            </Button>
          </div>
          <FormDescription>{t("temporaryPasswordHint")}</FormDescription>
          <FieldMessage />
        </FormItem>
      )}
    />
  );
}
