"use client";
// Registration and editing of a patient: the server's zod schema drives the form; server-side issues land on their
// fields; a possible duplicate (same name + date of birth, or same phone) is shown before registering. An edit names
// the version it started from: when someone saved the patient meanwhile the server refuses (STALE) and the form says
// so, keeping what was typed, with a button that loads the saved details.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { FormError, readErrorAnswer, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { patientFieldsSchema, type PatientFields } from "@/shared/patients/schemas";
import { DuplicateWarning, type Duplicate } from "./duplicate-warning";
import { ClinicalSection, IdentitySection, OtherSection, ContactSection } from "./patient-form-sections";

/** the form edits emergency contact and insurance as plain text boxes; all empty means "none" */
const formSchema = patientFieldsSchema.extend({
  emergencyContact: z.object({ name: z.string(), relationship: z.string(), phone: z.string() }),
  insurance: z.object({ provider: z.string(), policyNumber: z.string(), groupNumber: z.string() }),
});
export type PatientFormValues = z.input<typeof formSchema>;

const blankContact = { name: "", relationship: "", phone: "" };
const blankInsurance = { provider: "", policyNumber: "", groupNumber: "" };
const emptyToNull = <T extends Record<string, string>>(v: T) =>
  Object.values(v).every((x) => x.trim() === "") ? null : v;

export function toFormValues(p?: Partial<PatientFields>): PatientFormValues {
  return {
    firstName: p?.firstName ?? "",
    middleName: p?.middleName ?? "",
    lastName: p?.lastName ?? "",
    dateOfBirth: p?.dateOfBirth ?? "",
    gender: p?.gender ?? ("" as "M"),
    bloodGroup: p?.bloodGroup ?? "",
    maritalStatus: p?.maritalStatus ?? "",
    phone: p?.phone ?? "",
    email: p?.email ?? "",
    address: p?.address ?? "",
    city: p?.city ?? "",
    allergies: p?.allergies ?? [],
    chronicConditions: p?.chronicConditions ?? [],
    currentMedications: p?.currentMedications ?? [],
    isVip: p?.isVip ?? false,
    emergencyContact: p?.emergencyContact ?? blankContact,
    insurance: p?.insurance ?? blankInsurance,
  };
}

export function PatientForm({
  patientId,
  initial,
  baseVersion = 0,
}: {
  patientId?: string;
  initial?: Partial<PatientFields>;
  /** the patient's version the edit starts from (patient.get's `version`) */
  baseVersion?: number;
}) {
  const t = useTranslations("patients");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);
  const [version, setVersion] = useState(baseVersion);
  const [stale, setStale] = useState(false);
  const form = useForm<PatientFormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: toFormValues(initial),
    mode: "onTouched",
  });

  const { apply: onServerError } = useServerErrors(form, { toast: true });
  const staleError = useServerErrors(form);
  const create = useMutation(
    trpc.patient.create.mutationOptions({
      onSuccess: (p) => {
        toast.success(t("registered", { mrn: p.mrn }));
        void qc.invalidateQueries({ queryKey: trpc.patient.list.queryKey() });
        router.push(`/patients/${p.id}`);
      },
      onError: onServerError,
    }),
  );
  const update = useMutation(
    trpc.patient.update.mutationOptions({
      onSuccess: (p) => {
        toast.success(t("updated"));
        void qc.invalidateQueries();
        router.push(`/patients/${p.id}`);
      },
      onError: (err) => {
        if (readErrorAnswer(err).appCode !== "STALE") return onServerError(err);
        setStale(true);
        staleError.apply(err);
      },
    }),
  );
  /** after a STALE refusal: the details as saved now replace the form, and the next save starts from them */
  const loadSaved = async () => {
    if (!patientId) return;
    const p = await qc.fetchQuery({ ...trpc.patient.get.queryOptions({ id: patientId }), staleTime: 0 });
    form.reset(toFormValues(p as Partial<PatientFields>));
    setVersion(p.version);
    setStale(false);
    staleError.clear();
  };

  const payload = (v: PatientFormValues) => ({
    ...formSchema.parse(v),
    emergencyContact: emptyToNull(v.emergencyContact),
    insurance: emptyToNull(v.insurance),
  });
  const submit = async (v: PatientFormValues, acknowledged = false) => {
    const data = payload(v);
    if (patientId) return update.mutate({ id: patientId, baseVersion: version, ...data });
    if (!acknowledged) {
      const found = await qc.fetchQuery(
        trpc.patient.findDuplicates.queryOptions({
          firstName: data.firstName,
          lastName: data.lastName,
          dateOfBirth: data.dateOfBirth,
          phone: data.phone || undefined,
        }),
      );
      if (found.length > 0) return setDuplicates(found);
    }
    create.mutate(data);
  };
  const pending = create.isPending || update.isPending;

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit((v) => submit(v))} className="space-y-6" noValidate>
        <IdentitySection />
        <ContactSection />
        <ClinicalSection />
        <OtherSection />
        {duplicates && duplicates.length > 0 && (
          <DuplicateWarning
            duplicates={duplicates}
            onRegisterAnyway={() => form.handleSubmit((v) => submit(v, true))()}
            pending={pending}
          />
        )}
        {stale && (
          <div className="flex flex-wrap items-center gap-3">
            <FormError message={staleError.formError} />
            <Button type="button" variant="outline" onClick={() => void loadSaved()}>
              {t("loadSaved")}
            </Button>
          </div>
        )}
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {patientId ? t("saveChanges") : t("save")}
          </Button>
          <Button type="button" variant="outline" onClick={() => router.back()}>
            {common("cancel")}
          </Button>
        </div>
      </form>
    </Form>
  );
}
