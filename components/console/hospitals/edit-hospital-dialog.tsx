"use client";
// Editing a hospital's details (name and contact), validated with the server's schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { hospitalDetailsSchema } from "@/shared/hospitals/schemas";
import { useTRPC } from "@/components/trpc/client";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { applyServerError } from "../form-errors";
import { TextField } from "../text-field";
import type { ConsoleHospital } from "../types";
import { useRefreshHospitals } from "./use-refresh";

type Input = z.input<typeof hospitalDetailsSchema>;
const FIELDS = ["name", "email", "phone", "address", "city", "state", "country"] as const;

export function EditHospitalDialog({ hospital, onClose }: { hospital: ConsoleHospital; onClose: () => void }) {
  const t = useTranslations("superadmin.create");
  const te = useTranslations("superadmin.edit");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const refresh = useRefreshHospitals();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Input, unknown, z.output<typeof hospitalDetailsSchema>>({
    resolver: zodResolver(hospitalDetailsSchema),
    defaultValues: Object.fromEntries(FIELDS.map((f) => [f, hospital[f]])) as Input,
  });
  const update = useMutation(
    trpc.hospital.update.mutationOptions({
      onSuccess: (h) => {
        toast.success(te("saved", { name: h.name }));
        refresh();
        onClose();
      },
      onError: (err) => setFormError(applyServerError(form, err, FIELDS)),
    }),
  );
  return (
    <Dialog open onOpenChange={(open) => !open && !update.isPending && onClose()}>
      <DialogContent className="sm:max-w-2xl" closeLabel={tc("close")}>
        <DialogHeader>
          <DialogTitle>{te("title", { code: hospital.code })}</DialogTitle>
          <DialogDescription>{te("intro")}</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            noValidate
            className="space-y-4"
            onSubmit={form.handleSubmit((v) => update.mutate({ code: hospital.code, ...v }))}
          >
            <fieldset disabled={update.isPending} className="grid gap-4 sm:grid-cols-2">
              <TextField control={form.control} name="name" label={t("name")} className="sm:col-span-2" />
              <TextField control={form.control} name="email" label={t("email")} type="email" dir="ltr" />
              <TextField control={form.control} name="phone" label={t("phone")} type="tel" dir="ltr" />
              <TextField control={form.control} name="address" label={t("address")} className="sm:col-span-2" />
              <TextField control={form.control} name="city" label={t("city")} />
              <TextField control={form.control} name="state" label={t("state")} />
              <TextField control={form.control} name="country" label={t("country")} />
            </fieldset>
            {formError && (
              <Alert variant="destructive">
                <AlertDescription>{formError}</AlertDescription>
              </Alert>
            )}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={onClose} disabled={update.isPending}>
                {tc("cancel")}
              </Button>
              <Button type="submit" disabled={update.isPending}>
                {update.isPending ? tc("saving") : tc("save")}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
