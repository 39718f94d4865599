"use client";
// A password input for passwords a super admin hands to someone else: show/hide, and a generated strong suggestion.
import { Eye, EyeOff, Wand2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Control, FieldPath, FieldValues, UseFormSetValue, PathValue } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** four groups of five random characters (~115 bits): passes the password policy and is easy to read out */
export function generatePassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return chars.match(/.{5}/g)!.join("-");
}

export function PasswordField<T extends FieldValues>(props: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  setValue: UseFormSetValue<T>;
  description?: string;
}) {
  const t = useTranslations("superadmin.password");
  const [visible, setVisible] = useState(false);
  return (
    <FormField
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{props.label}</FormLabel>
          <div className="flex gap-2">
            <FormControl>
              <Input
                type={visible ? "text" : "password"}
                autoComplete="new-password"
                dir="ltr"
                spellCheck={false}
                {...field}
                value={(field.value as string | undefined) ?? ""}
              />
            </FormControl>
            <Button
              type="button"
              variant="outline"
              size="icon"
              onClick={() => setVisible((v) => !v)}
              aria-label={visible ? t("hide") : t("show")}
              aria-pressed={visible}
            >
              {visible ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
            </Button>
            <Button
              type="button"
              variant="outline"
              onClick={() => {
                props.setValue(props.name, generatePassword() as PathValue<T, FieldPath<T>>, {
                  shouldValidate: true,
                  shouldDirty: true,
                });
                setVisible(true);
              }}
            >
              <Wand2 aria-hidden />
              {t("generate")}
            </Button>
          </div>
          <FormDescription>{props.description ?? t("rules")}</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
