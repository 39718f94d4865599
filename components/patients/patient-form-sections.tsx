"use client";
// The sections of the patient form (used inside <Form> of patient-form.tsx).
import { Plus, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import {
  CheckboxField,
  SelectField as KitSelectField,
  TextField as KitTextField,
  type SelectFieldProps,
  type TextFieldProps,
} from "@/components/form";
import { Input } from "@/components/ui/input";
import { ALLERGY_SEVERITIES, BLOOD_GROUPS, MARITAL_STATUSES } from "@/shared/patients/schemas";
import { DRUG_CLASSES } from "@/shared/clinical/drug-classes";
import type { PatientFormValues } from "./patient-form";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</CardContent>
    </Card>
  );
}

const TextField = (props: TextFieldProps<PatientFormValues>) => <KitTextField<PatientFormValues> {...props} />;
const SelectField = (props: SelectFieldProps<PatientFormValues>) => <KitSelectField<PatientFormValues> {...props} />;

export function IdentitySection() {
  const t = useTranslations("patients");
  return (
    <Section title={t("sectionIdentity")}>
      <TextField name="firstName" label={t("firstName")} autoComplete="off" />
      <TextField name="middleName" label={t("middleName")} autoComplete="off" />
      <TextField name="lastName" label={t("lastName")} autoComplete="off" />
      <TextField name="dateOfBirth" label={t("dateOfBirth")} type="date" />
      <SelectField
        name="gender"
        label={t("gender")}
        options={[
          { value: "", label: "—" },
          ...(["M", "F", "O"] as const).map((g) => ({ value: g, label: t(`genders.${g}`) })),
        ]}
      />
      <SelectField
        name="maritalStatus"
        label={t("maritalStatus")}
        options={MARITAL_STATUSES.map((m) => ({ value: m, label: m ? t(`marital.${m}`) : t("unknown") }))}
      />
      <CheckboxField<PatientFormValues> name="isVip" label={t("vipLabel")} className="self-end pb-2" />
    </Section>
  );
}

export function ContactSection() {
  const t = useTranslations("patients");
  return (
    <Section title={t("sectionContact")}>
      <TextField name="phone" label={t("phone")} type="tel" dir="ltr" autoComplete="off" />
      <TextField name="email" label={t("email")} type="email" dir="ltr" autoComplete="off" />
      <TextField name="city" label={t("city")} />
      <div className="sm:col-span-2 lg:col-span-3">
        <TextField name="address" label={t("address")} />
      </div>
    </Section>
  );
}

/** a list of short strings (conditions, medications) edited as removable chips */
function ChipsField({ name, label }: { name: "chronicConditions" | "currentMedications"; label: string }) {
  const t = useTranslations("patients");
  const { watch, setValue } = useFormContext<PatientFormValues>();
  const items = (watch(name) as string[] | undefined) ?? [];
  const [draft, setDraft] = useState("");
  const add = () => {
    const v = draft.trim();
    if (v && !items.includes(v)) setValue(name, [...items, v], { shouldDirty: true });
    setDraft("");
  };
  const id = `chips-${name}`;
  return (
    <div className="grid gap-2 sm:col-span-2 lg:col-span-3">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          value={draft}
          placeholder={t("itemPlaceholder")}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), add())}
        />
        <Button type="button" variant="outline" onClick={add}>
          <Plus aria-hidden /> {t("addItem")}
        </Button>
      </div>
      <div className="flex flex-wrap gap-1">
        {items.map((item) => (
          <Badge key={item} variant="secondary" className="gap-1">
            {item}
            <button
              type="button"
              aria-label={`${t("remove")} ${item}`}
              onClick={() =>
                setValue(
                  name,
                  items.filter((x) => x !== item),
                  { shouldDirty: true },
                )
              }
            >
              <X className="size-3" aria-hidden />
            </button>
          </Badge>
        ))}
      </div>
    </div>
  );
}

export function ClinicalSection() {
  const t = useTranslations("patients");
  const { control } = useFormContext<PatientFormValues>();
  const allergies = useFieldArray({ control, name: "allergies" });
  const locale = useLocale() === "ar" ? "ar" : "en";
  // the shipped classes, each with "the whole class" first and then its ingredients
  const allergenGroups = DRUG_CLASSES.map((c) => ({
    label: c[locale],
    options: [
      { value: c.key, label: t("allergenWholeClass", { name: c[locale] }) },
      ...c.members.map((m) => ({ value: m.key, label: m[locale] })),
    ],
  }));
  return (
    <Section title={t("sectionClinical")}>
      <SelectField
        name="bloodGroup"
        label={t("bloodGroup")}
        options={BLOOD_GROUPS.map((b) => ({ value: b, label: b || t("unknown") }))}
      />
      <fieldset className="grid gap-2 sm:col-span-2 lg:col-span-3">
        <legend className="mb-2 text-sm font-medium">{t("allergies")}</legend>
        {allergies.fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-2 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_9rem_auto]">
            <TextField name={`allergies.${i}.substance`} label={t("substance")} />
            <SelectField
              name={`allergies.${i}.allergen`}
              label={t("allergen")}
              nullable
              placeholder={t("allergenNone")}
              groups={allergenGroups}
            />
            <TextField name={`allergies.${i}.reaction`} label={t("reaction")} />
            <SelectField
              name={`allergies.${i}.severity`}
              label={t("severity")}
              options={ALLERGY_SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))}
            />
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={t("remove")}
              onClick={() => allergies.remove(i)}
            >
              <X aria-hidden />
            </Button>
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => allergies.append({ substance: "", reaction: "", severity: "MODERATE", allergen: null })}
          >
            <Plus aria-hidden /> {t("addAllergy")}
          </Button>
        </div>
      </fieldset>
      <ChipsField name="chronicConditions" label={t("chronicConditions")} />
      <ChipsField name="currentMedications" label={t("currentMedications")} />
    </Section>
  );
}

export function OtherSection() {
  const t = useTranslations("patients");
  return (
    <Section title={t("sectionOther")}>
      <TextField name="emergencyContact.name" label={`${t("emergencyContact")}: ${t("contactName")}`} />
      <TextField name="emergencyContact.relationship" label={t("relationship")} />
      <TextField name="emergencyContact.phone" label={t("phone")} type="tel" dir="ltr" />
      <TextField name="insurance.provider" label={`${t("insurance")}: ${t("provider")}`} />
      <TextField name="insurance.policyNumber" label={t("policyNumber")} dir="ltr" />
      <TextField name="insurance.groupNumber" label={t("groupNumber")} dir="ltr" />
    </Section>
  );
}
