"use client";
// Form fields bound to react-hook-form through the shadcn Form primitives: a label, the control, an optional hint
// and the field's error. Errors arrive already in the user's language (zod's messages are configured with the
// catalogue, server errors are translated by useServerErrors), so each field simply shows error.message.
// `control` may be left out inside <Form>: the form's context is used.
import { Dices, Eye, EyeOff } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ChangeEvent, type ComponentProps, type ReactNode } from "react";
import type { Control, ControllerRenderProps, FieldPath, FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, useFormField } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/utils";
import { NumberInput } from "./number-input";
import { generatePassword } from "./password";

type FieldBase<T extends FieldValues, U> = {
  control?: Control<T, unknown, U>;
  name: FieldPath<T>;
  label: ReactNode;
  description?: ReactNode;
  /** classes of the field's item (grid placement: "sm:col-span-2") */
  className?: string;
  disabled?: boolean;
};

type Bound = ControllerRenderProps<FieldValues, string> & { disabled?: boolean };

/**
 * The field's error. The two generic answers — nothing entered, nothing chosen — are said with the field's own name
 * ("Enter the date of birth", "Choose the gender"), in the user's language, as is any error of a field left empty;
 * every other message is shown as it is.
 */
function FieldMessage({ label, kind, empty }: { label: ReactNode; kind: "enter" | "choose"; empty?: boolean }) {
  const { error, formMessageId } = useFormField();
  const t = useTranslations();
  const locale = useLocale();
  let text = error ? String(error.message ?? "") : "";
  if (!text) return null;
  // an empty field with an error (required, not a date, not an option …) was simply not filled in
  const generic = empty || text === t("errors.REQUIRED") ? kind : text === t("errors.INVALID_OPTION") ? "choose" : null;
  if (generic && typeof label === "string" && label.trim()) {
    // English labels start with a capital ("Date of birth"); an abbreviation ("MRN") keeps its capitals
    const field = locale === "en" && /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
    text = t(generic === "choose" ? "common.chooseField" : "common.enterField", { field });
  }
  return (
    <p data-slot="form-message" id={formMessageId} role="alert" className="text-sm text-destructive">
      {text}
    </p>
  );
}

/** one field bound to the form: label, the control `children` renders (with buttons `aside` it), hint and error */
function BoundField<T extends FieldValues, U>({
  base,
  children,
  aside,
  kind = "enter",
}: {
  base: FieldBase<T, U>;
  children: (field: Bound) => ReactNode;
  aside?: (field: Bound) => ReactNode;
  /** how an empty field is asked for: typed ("Enter the …") or picked ("Choose the …") */
  kind?: "enter" | "choose";
}) {
  return (
    <FormField
      control={base.control}
      name={base.name}
      render={({ field: raw }) => {
        const field = { ...(raw as unknown as Bound), disabled: base.disabled || raw.disabled };
        const control = <FormControl>{children(field)}</FormControl>;
        return (
          <FormItem className={base.className}>
            <FormLabel>{base.label}</FormLabel>
            {aside ? (
              <div className="flex gap-2">
                {control}
                {aside(field)}
              </div>
            ) : (
              control
            )}
            {base.description && <FormDescription>{base.description}</FormDescription>}
            <FieldMessage
              label={base.label}
              kind={kind}
              empty={field.value === "" || field.value === null || field.value === undefined}
            />
          </FormItem>
        );
      }}
    />
  );
}

type InputAttributes = Pick<
  ComponentProps<"input">,
  | "autoComplete"
  | "autoCapitalize"
  | "autoFocus"
  | "spellCheck"
  | "placeholder"
  | "maxLength"
  | "min"
  | "max"
  | "step"
  | "inputMode"
  | "dir"
  | "readOnly"
>;

export type TextFieldProps<T extends FieldValues, U = T> = FieldBase<T, U> &
  InputAttributes & {
    /** the input's kind; "textarea" is a multi-line text */
    type?: "text" | "email" | "tel" | "date" | "time" | "url" | "password" | "search" | "textarea";
    /** lines of a textarea */
    rows?: number;
    /** applied to what is typed, e.g. upper-casing a code */
    transform?: (value: string) => string;
    /** an empty text is handed to the form as null */
    nullable?: boolean;
    inputClassName?: string;
  };

export function TextField<T extends FieldValues, U = T>({
  control,
  name,
  label,
  description,
  className,
  disabled,
  type = "text",
  rows,
  transform,
  nullable,
  inputClassName,
  ...attributes
}: TextFieldProps<T, U>) {
  const toForm = (raw: string) => {
    const v = transform ? transform(raw) : raw;
    return nullable && v === "" ? null : v;
  };
  return (
    <BoundField base={{ control, name, label, description, className, disabled }}>
      {(field) => {
        const bound = {
          ...field,
          className: inputClassName,
          value: (field.value as string | null | undefined) ?? "",
          onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => field.onChange(toForm(e.target.value)),
        };
        return type === "textarea" ? (
          <Textarea {...(attributes as ComponentProps<"textarea">)} {...bound} rows={rows} />
        ) : (
          <Input {...attributes} {...bound} type={type} />
        );
      }}
    </BoundField>
  );
}

export type PasswordFieldProps<T extends FieldValues, U = T> = FieldBase<T, U> & {
  autoComplete?: "new-password" | "current-password" | "off";
  /** offers a "Generate" button that fills in a strong random password (and shows it) */
  generate?: boolean;
  /** shown as text at first (a temporary password an administrator reads out) */
  initiallyVisible?: boolean;
};

export function PasswordField<T extends FieldValues, U = T>({
  autoComplete = "new-password",
  generate,
  initiallyVisible = false,
  ...base
}: PasswordFieldProps<T, U>) {
  const t = useTranslations("common.password");
  const [visible, setVisible] = useState(initiallyVisible);
  return (
    <BoundField
      base={base}
      aside={(field) => (
        <>
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
          {generate && (
            <Button
              type="button"
              variant="outline"
              onClick={() => {
                field.onChange(generatePassword());
                setVisible(true);
              }}
            >
              <Dices aria-hidden />
              {t("generate")}
            </Button>
          )}
        </>
      )}
    >
      {(field) => (
        <Input
          {...field}
          value={(field.value as string | undefined) ?? ""}
          type={visible ? "text" : "password"}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="none"
          dir="ltr"
          className={visible ? "font-mono" : undefined}
        />
      )}
    </BoundField>
  );
}

export type Option = { value: string; label: string; disabled?: boolean };
export type OptionGroup = { label: string; options: Option[] };

export type SelectFieldProps<T extends FieldValues, U = T> = FieldBase<T, U> & {
  options?: readonly Option[];
  groups?: readonly OptionGroup[];
  /** a first, empty choice ("Choose a role"); `placeholderDisabled` keeps it from being chosen again */
  placeholder?: string;
  placeholderDisabled?: boolean;
  /** the empty choice is handed to the form as null */
  nullable?: boolean;
  dir?: "ltr" | "rtl";
};

function options(list: readonly Option[] | undefined) {
  return list?.map((o) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  ));
}

/** a native select: keyboard-friendly, and fast with hundreds of options */
export function SelectField<T extends FieldValues, U = T>({
  options: list,
  groups,
  placeholder,
  placeholderDisabled,
  nullable,
  dir,
  ...base
}: SelectFieldProps<T, U>) {
  return (
    <BoundField base={base} kind="choose">
      {(field) => (
        <NativeSelect
          {...field}
          dir={dir}
          value={(field.value as string | null | undefined) ?? ""}
          onChange={(e) => field.onChange(nullable && e.target.value === "" ? null : e.target.value)}
        >
          {placeholder !== undefined && (
            <option value="" disabled={placeholderDisabled}>
              {placeholder}
            </option>
          )}
          {options(list)}
          {groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {options(g.options)}
            </optgroup>
          ))}
        </NativeSelect>
      )}
    </BoundField>
  );
}

export type NumberFieldProps<T extends FieldValues, U = T> = FieldBase<T, U> &
  Pick<ComponentProps<"input">, "autoFocus" | "placeholder" | "min" | "max" | "step"> & {
    /** the form holds minor units, the field shows major ones (cents as 12.50): 100, or 1000 for OMR */
    scale?: number;
    /** whole numbers only (the keyboard offers no decimal point) */
    integer?: boolean;
    /** an empty field is handed to the form as null (else NaN, which a schema refuses) */
    nullable?: boolean;
  };

/** a number typed as text: keeps "1." or "0.5" while typing, hands the form a number */
export function NumberField<T extends FieldValues, U = T>({
  control,
  name,
  label,
  description,
  className,
  disabled,
  scale,
  integer,
  nullable,
  ...attributes
}: NumberFieldProps<T, U>) {
  return (
    <BoundField base={{ control, name, label, description, className, disabled }}>
      {(field) => (
        <NumberInput
          {...attributes}
          name={field.name}
          ref={field.ref}
          onBlur={field.onBlur}
          disabled={field.disabled}
          value={field.value as number | null}
          onChange={field.onChange}
          scale={scale}
          inputMode={integer ? "numeric" : "decimal"}
          nullable={nullable}
        />
      )}
    </BoundField>
  );
}

/** a yes/no value as a switch (a setting, its explanation beside it) or a checkbox (its label after it) */
function ToggleField<T extends FieldValues, U>({ kind, ...base }: FieldBase<T, U> & { kind: "switch" | "checkbox" }) {
  return (
    <FormField
      control={base.control}
      name={base.name}
      render={({ field }) => {
        const props = {
          checked: field.value === true,
          onCheckedChange: (c: boolean | "indeterminate") => field.onChange(c === true),
          onBlur: field.onBlur,
          name: field.name,
          ref: field.ref,
          disabled: base.disabled || field.disabled,
        };
        const text = (
          <>
            <FormLabel className={kind === "checkbox" ? "font-normal" : undefined}>{base.label}</FormLabel>
            {base.description && <FormDescription>{base.description}</FormDescription>}
            <FieldMessage label={base.label} kind="choose" />
          </>
        );
        return kind === "switch" ? (
          <FormItem className={cn("flex items-start justify-between gap-4 rounded-lg border p-3", base.className)}>
            <div className="grid gap-1">{text}</div>
            <FormControl>
              <Switch {...props} />
            </FormControl>
          </FormItem>
        ) : (
          <FormItem className={cn("flex flex-row items-start gap-2", base.className)}>
            <FormControl>
              <Checkbox {...props} className="mt-0.5" />
            </FormControl>
            <div className="grid gap-1">{text}</div>
          </FormItem>
        );
      }}
    />
  );
}

/** an on/off setting: the label and its explanation beside a switch */
export function SwitchField<T extends FieldValues, U = T>(props: FieldBase<T, U>) {
  return <ToggleField {...props} kind="switch" />;
}

/** a yes/no choice: a checkbox and its label on one line */
export function CheckboxField<T extends FieldValues, U = T>(props: FieldBase<T, U>) {
  return <ToggleField {...props} kind="checkbox" />;
}
