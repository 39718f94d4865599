"use client";
// Starting a walk-in encounter from the chart. A doctor starts it for themselves in one click; anyone else (a nurse)
// chooses, in a small dialog, the doctor who will see the patient — the encounter opens in that doctor's name.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { useDoctorName } from "@/components/appointments/labels";
import { FormDialog, SelectField, TextField, useErrorToast, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { walkInSchema, type WalkInInput } from "@/shared/encounters/schemas";

export type WalkInDoctor = { id: string; firstName: string; lastName: string };

export type WalkInProps = {
  patientId: string;
  /** the user is a doctor: the encounter is theirs, no dialog */
  selfDoctor: boolean;
  /** the hospital's active doctors (for anyone else) */
  doctors: WalkInDoctor[];
};

export function WalkInButton(p: WalkInProps) {
  return p.selfDoctor ? <SelfWalkIn patientId={p.patientId} /> : <ChooseDoctorWalkIn {...p} />;
}

function useStart(onError: (err: unknown) => void) {
  const trpc = useTRPC();
  const router = useRouter();
  return useMutation(
    trpc.encounter.start.mutationOptions({
      onSuccess: (e) => router.push(`/encounters/${e.id}`),
      onError,
    }),
  );
}

function SelfWalkIn({ patientId }: { patientId: string }) {
  const t = useTranslations("patients");
  const start = useStart(useErrorToast());
  return (
    <Button size="sm" onClick={() => start.mutate({ patientId })} disabled={start.isPending}>
      {t("startWalkIn")}
    </Button>
  );
}

function ChooseDoctorWalkIn({ patientId, doctors }: WalkInProps) {
  const t = useTranslations("patients");
  const doctorName = useDoctorName();
  const [open, setOpen] = useState(false);
  const blank = { patientId, doctorId: doctors.length === 1 ? doctors[0]!.id : "", chiefComplaint: "" };
  const form = useForm<z.input<typeof walkInSchema>, unknown, WalkInInput>({
    resolver: zodResolver(walkInSchema),
    defaultValues: blank,
  });
  const errors = useServerErrors(form);
  const start = useStart(errors.apply);
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={setOpen}
      onClose={() => form.reset(blank)}
      trigger={<Button size="sm">{t("startWalkIn")}</Button>}
      title={t("walkInTitle")}
      description={t("walkInDescription")}
      serverErrors={errors}
      pending={start.isPending || start.isSuccess}
      submitLabel={t("walkInStart")}
      pendingLabel={t("walkInStarting")}
      onSubmit={(values) => start.mutate(values)}
    >
      <SelectField
        control={form.control}
        name="doctorId"
        label={t("walkInDoctor")}
        placeholder={t("walkInChooseDoctor")}
        placeholderDisabled
        options={doctors.map((d) => ({ value: d.id, label: doctorName(d) }))}
        description={doctors.length === 0 ? t("walkInNoDoctors") : undefined}
      />
      <TextField control={form.control} name="chiefComplaint" label={t("walkInComplaint")} />
    </FormDialog>
  );
}
