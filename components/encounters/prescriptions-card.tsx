"use client";
// Prescriptions of an encounter: drug, dose, route, frequency, duration, instructions.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { errorInfo, useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DRUG_ROUTES } from "@/shared/enums";
import { prescriptionSchema } from "@/shared/encounters/schemas";

type Rx = {
  id: string;
  drug: string;
  dose: string;
  route: (typeof DRUG_ROUTES)[number];
  frequency: string;
  durationDays: number;
  instructions: string;
};
type Values = z.input<typeof prescriptionSchema>;

export function PrescriptionsCard({
  encounterId,
  prescriptions,
  editable,
}: {
  encounterId: string;
  prescriptions: Rx[];
  editable: boolean;
}) {
  const t = useTranslations("encounters");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const blank: Values = {
    encounterId,
    drug: "",
    dose: "",
    route: "ORAL",
    frequency: "",
    durationDays: 5,
    instructions: "",
  };
  const form = useForm<Values>({ resolver: zodResolver(prescriptionSchema), defaultValues: blank });
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.encounter.get.queryKey({ id: encounterId }) });
  const add = useMutation(
    trpc.encounter.addPrescription.mutationOptions({
      onSuccess: () => {
        toast.success(t("prescribed"));
        form.reset(blank);
        void refresh();
      },
      onError: (e) => toast.error(errorInfo(e).message),
    }),
  );
  const remove = useMutation(
    trpc.encounter.removePrescription.mutationOptions({
      onSuccess: refresh,
      onError: (e) => toast.error(errorInfo(e).message),
    }),
  );
  const text = (name: "drug" | "dose" | "frequency" | "instructions", wide = false) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem className={wide ? "sm:col-span-2" : undefined}>
          <FormLabel>{t(name)}</FormLabel>
          <FormControl>
            <Input {...field} />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("prescriptions")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {prescriptions.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noPrescriptions")}</p>
        ) : (
          <Table data-testid="prescriptions">
            <TableHeader>
              <TableRow>
                <TableHead>{t("drug")}</TableHead>
                <TableHead>{t("dose")}</TableHead>
                <TableHead>{t("route")}</TableHead>
                <TableHead>{t("frequency")}</TableHead>
                <TableHead>{t("durationDays")}</TableHead>
                <TableHead>{t("instructions")}</TableHead>
                {editable && <TableHead />}
              </TableRow>
            </TableHeader>
            <TableBody>
              {prescriptions.map((r) => (
                <TableRow key={r.id}>
                  <TableCell className="font-medium">{r.drug}</TableCell>
                  <TableCell>{r.dose}</TableCell>
                  <TableCell>{t(`routes.${r.route}`)}</TableCell>
                  <TableCell>{r.frequency}</TableCell>
                  <TableCell>{r.durationDays}</TableCell>
                  <TableCell>{r.instructions}</TableCell>
                  {editable && (
                    <TableCell>
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={`${t("remove")} ${r.drug}`}
                        onClick={() => remove.mutate({ encounterId, id: r.id })}
                      >
                        <X aria-hidden />
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {editable && (
          <Form {...form}>
            <form
              onSubmit={form.handleSubmit((v) => add.mutate(prescriptionSchema.parse(v)))}
              className="grid gap-3 sm:grid-cols-4"
              noValidate
              aria-label={t("prescribe")}
            >
              {text("drug", true)}
              {text("dose")}
              <FormField
                control={form.control}
                name="route"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("route")}</FormLabel>
                    <FormControl>
                      <NativeSelect {...field}>
                        {DRUG_ROUTES.map((r) => (
                          <option key={r} value={r}>
                            {t(`routes.${r}`)}
                          </option>
                        ))}
                      </NativeSelect>
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              {text("frequency")}
              <FormField
                control={form.control}
                name="durationDays"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("durationDays")}</FormLabel>
                    <FormControl>
                      <Input
                        type="number"
                        min={1}
                        max={365}
                        {...field}
                        onChange={(e) => field.onChange(e.target.valueAsNumber)}
                        value={Number.isNaN(field.value) ? "" : field.value}
                      />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              {text("instructions", true)}
              <div className="flex items-end sm:col-span-4">
                <Button type="submit" disabled={add.isPending}>
                  {t("prescribe")}
                </Button>
              </div>
            </form>
          </Form>
        )}
      </CardContent>
    </Card>
  );
}
