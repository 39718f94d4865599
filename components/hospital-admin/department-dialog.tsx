"use client";
// Creating or editing a department: code (unique in this hospital), name and head of department.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormDialog, SelectField, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { newDepartmentSchema } from "@/shared/departments/schemas";
import type { DepartmentRow } from "./staff-types";

type Fields = z.input<typeof newDepartmentSchema>;

/** only what the user changed, so an unchanged head who has since left is not checked again */
const changedOnly = <T extends object>(values: T, dirty: Partial<Record<keyof T, unknown>>) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => dirty[k as keyof T])) as Partial<T>;

export function DepartmentDialog({ department, onClose }: { department: DepartmentRow | null; onClose: () => void }) {
  const t = useTranslations("hospitalAdmin.departments");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const staff = useQuery(trpc.user.list.queryOptions({ status: "active" }));
  const form = useForm<Fields, unknown, z.output<typeof newDepartmentSchema>>({
    resolver: zodResolver(newDepartmentSchema),
    defaultValues: {
      code: department?.code ?? "",
      name: department?.name ?? "",
      headUserId: department?.headUserId ?? null,
    },
  });
  const errors = useServerErrors(form, { codeFields: { DEPARTMENT_CODE_TAKEN: "code" } });
  const after = (name: string) => {
    toast.success(department ? t("updated", { name }) : t("created", { name }));
    void qc.invalidateQueries(trpc.department.list.pathFilter());
    onClose();
  };
  const create = useMutation(
    trpc.department.create.mutationOptions({ onSuccess: (d) => after(d.name), onError: errors.apply }),
  );
  const update = useMutation(
    trpc.department.update.mutationOptions({ onSuccess: (d) => after(d.name), onError: errors.apply }),
  );
  return (
    <FormDialog
      form={form}
      onClose={onClose}
      title={department ? t("editTitle", { name: department.name }) : t("createTitle")}
      description={t("dialogIntro")}
      onSubmit={(v) =>
        department
          ? update.mutate({ id: department.id, ...changedOnly(v, form.formState.dirtyFields) })
          : create.mutate(v)
      }
      serverErrors={errors}
      pending={create.isPending || update.isPending}
      submitLabel={department ? undefined : t("createSubmit")}
    >
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          control={form.control}
          name="code"
          label={t("code")}
          dir="ltr"
          autoCapitalize="characters"
          maxLength={16}
          transform={(v) => v.toUpperCase()}
        />
        <TextField control={form.control} name="name" label={t("name")} />
      </div>
      <SelectField
        control={form.control}
        name="headUserId"
        label={t("head")}
        description={t("headHint")}
        placeholder={t("noHead")}
        nullable
        disabled={staff.isLoading}
        options={staff.data?.map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName} (${s.username})` }))}
      />
    </FormDialog>
  );
}
