"use client";
// Name and contact details of the hospital (shown in the header of every page and on the sign-in page).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Form } from "@/components/ui/form";
import { hospitalDetailsSchema } from "@/shared/hospitals/schemas";
import { showServerError } from "../form-errors";
import { TextField } from "../text-field";
import { SectionCard } from "./section-card";
import type { HospitalSettingsData } from "./types";
import { useSaveSettings } from "./use-save-settings";

type Details = z.input<typeof hospitalDetailsSchema>;

export function DetailsSection({ data }: { data: HospitalSettingsData }) {
  const t = useTranslations("hospitalAdmin.settings");
  const form = useForm<Details, unknown, z.output<typeof hospitalDetailsSchema>>({
    resolver: zodResolver(hospitalDetailsSchema),
    values: data.details,
  });
  const save = useSaveSettings((e) => showServerError(form, e, "details."));
  const c = form.control;
  return (
    <Form {...form}>
      <SectionCard
        id="details"
        title={t("detailsTitle")}
        description={t("detailsIntro")}
        onSubmit={form.handleSubmit((details) => save.mutate({ details }))}
        pending={save.isPending}
        dirty={form.formState.isDirty}
      >
        <div className="grid gap-4 md:grid-cols-2">
          <TextField control={c} name="name" label={t("name")} className="md:col-span-2" autoComplete="organization" />
          <TextField control={c} name="email" label={t("email")} type="email" dir="ltr" autoComplete="email" />
          <TextField control={c} name="phone" label={t("phone")} type="tel" dir="ltr" autoComplete="tel" />
          <TextField
            control={c}
            name="address"
            label={t("address")}
            className="md:col-span-2"
            autoComplete="street-address"
          />
          <TextField control={c} name="city" label={t("city")} autoComplete="address-level2" />
          <TextField control={c} name="state" label={t("state")} autoComplete="address-level1" />
          <TextField control={c} name="country" label={t("country")} autoComplete="country-name" />
        </div>
      </SectionCard>
    </Form>
  );
}
