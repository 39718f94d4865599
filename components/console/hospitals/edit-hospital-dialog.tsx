"use client";
// Editing a hospital's details (name and contact), validated with the server's schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { hospitalDetailsSchema } from "@/shared/hospitals/schemas";
import { FormDialog, useServerErrors } from "@/components/form";
import { HospitalDetailsFields } from "@/components/hospital-admin/settings/hospital-details-fields";
import { useTRPC } from "@/components/trpc/client";
import type { ConsoleHospital } from "../types";
import { useRefreshHospitals } from "./use-refresh";

type Input = z.input<typeof hospitalDetailsSchema>;
const FIELDS = ["name", "email", "phone", "address", "city", "state", "country"] as const;

export function EditHospitalDialog({ hospital, onClose }: { hospital: ConsoleHospital; onClose: () => void }) {
  const te = useTranslations("superadmin.edit");
  const trpc = useTRPC();
  const refresh = useRefreshHospitals();
  const form = useForm<Input, unknown, z.output<typeof hospitalDetailsSchema>>({
    resolver: zodResolver(hospitalDetailsSchema),
    defaultValues: Object.fromEntries(FIELDS.map((f) => [f, hospital[f]])) as Input,
  });
  const errors = useServerErrors(form);
  const update = useMutation(
    trpc.hospital.update.mutationOptions({
      onSuccess: (h) => {
        toast.success(te("saved", { name: h.name }));
        refresh();
        onClose();
      },
      onError: errors.apply,
    }),
  );
  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={te("title", { code: hospital.code })}
      description={te("intro")}
      className="sm:max-w-2xl"
      onSubmit={(v) => update.mutate({ code: hospital.code, ...v })}
      serverErrors={errors}
      pending={update.isPending}
      bodyClassName="sm:grid-cols-2"
    >
      <HospitalDetailsFields />
    </FormDialog>
  );
}
