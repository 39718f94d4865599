"use client";
// Name and contact details of the hospital (shown in the header of every page and on the sign-in page).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useServerErrors } from "@/components/form";
import { Form } from "@/components/ui/form";
import { hospitalDetailsSchema } from "@/shared/hospitals/schemas";
import { HospitalDetailsFields } from "./hospital-details-fields";
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
  const errors = useServerErrors(form, { prefix: "details.", toast: true });
  const save = useSaveSettings(errors.apply);
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
          <HospitalDetailsFields autofill wide="md:col-span-2" />
        </div>
      </SectionCard>
    </Form>
  );
}
