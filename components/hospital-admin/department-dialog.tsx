"use client";
// Creating or editing a department: code (unique in this hospital), name and head of department.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel } from "@/components/ui/form";
import { NativeSelect } from "@/components/ui/native-select";
import { newDepartmentSchema } from "@/shared/departments/schemas";
import { FieldMessage } from "./field-message";
import { showServerError } from "./form-errors";
import { TextField } from "./text-field";
import type { DepartmentRow } from "./staff-types";

type Fields = z.input<typeof newDepartmentSchema>;

/** only what the user changed, so an unchanged head who has since left is not checked again */
const changedOnly = <T extends object>(values: T, dirty: Partial<Record<keyof T, unknown>>) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => dirty[k as keyof T])) as Partial<T>;

export function DepartmentDialog({ department, onClose }: { department: DepartmentRow | null; onClose: () => void }) {
  const t = useTranslations("hospitalAdmin.departments");
  const tc = useTranslations("common");
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
  const after = (name: string) => {
    toast.success(department ? t("updated", { name }) : t("created", { name }));
    void qc.invalidateQueries(trpc.department.list.pathFilter());
    onClose();
  };
  const onError = (e: unknown) => showServerError(form, e);
  const create = useMutation(trpc.department.create.mutationOptions({ onSuccess: (d) => after(d.name), onError }));
  const update = useMutation(trpc.department.update.mutationOptions({ onSuccess: (d) => after(d.name), onError }));
  const pending = create.isPending || update.isPending;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{department ? t("editTitle", { name: department.name }) : t("createTitle")}</DialogTitle>
          <DialogDescription>{t("dialogIntro")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit((v) =>
              department
                ? update.mutate({ id: department.id, ...changedOnly(v, form.formState.dirtyFields) })
                : create.mutate(v),
            )}
            noValidate
            className="grid gap-4"
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
            <FormField
              control={form.control}
              name="headUserId"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("head")}</FormLabel>
                  <FormControl>
                    <NativeSelect
                      {...field}
                      value={field.value ?? ""}
                      onChange={(e) => field.onChange(e.target.value || null)}
                      disabled={staff.isLoading}
                    >
                      <option value="">{t("noHead")}</option>
                      {staff.data?.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.firstName} {s.lastName} ({s.username})
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormDescription>{t("headHint")}</FormDescription>
                  <FieldMessage />
                </FormItem>
              )}
            />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? tc("saving") : department ? tc("save") : t("createSubmit")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
