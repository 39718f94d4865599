"use client";
// Asking for break-glass access: the hospital's code and the reason its administrators will read.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { FormError, TextField, useServerErrors } from "@/components/form";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { breakGlassRequestSchema } from "@/shared/console/schemas";

type Input = z.input<typeof breakGlassRequestSchema>;

export function StartBreakGlass({ onStarted }: { onStarted: (code: string) => void }) {
  const t = useTranslations("superadmin.breakGlass");
  const trpc = useTRPC();
  const qc = useQueryClient();
  const form = useForm<Input, unknown, z.output<typeof breakGlassRequestSchema>>({
    resolver: zodResolver(breakGlassRequestSchema),
    defaultValues: { code: "", reason: "" },
  });
  const errors = useServerErrors(form, { codeFields: { HOSPITAL_NOT_FOUND: "code" } });
  const start = useMutation(
    trpc.breakGlass.start.mutationOptions({
      onSuccess: async (_grant, input) => {
        const code = input.code.toUpperCase();
        toast.success(t("started", { code }));
        await qc.invalidateQueries({ queryKey: trpc.breakGlass.mine.queryKey() });
        onStarted(code);
        form.reset();
      },
      onError: errors.apply,
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("startTitle")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form
            noValidate
            className="grid gap-4"
            onSubmit={form.handleSubmit((v) => {
              errors.clear();
              start.mutate(v);
            })}
          >
            <fieldset disabled={start.isPending} className="grid min-w-0 gap-4">
              <TextField
                control={form.control}
                name="code"
                label={t("code")}
                dir="ltr"
                autoComplete="off"
                spellCheck={false}
                transform={(v) => v.toUpperCase()}
                inputClassName="font-mono"
              />
              <TextField
                control={form.control}
                name="reason"
                label={t("reason")}
                description={t("reasonHint")}
                type="textarea"
                rows={3}
                maxLength={500}
              />
            </fieldset>
            <FormError message={errors.formError} />
            <div className="flex justify-end">
              <Button type="submit" variant="destructive" disabled={start.isPending}>
                {start.isPending && <Spinner aria-hidden />}
                {start.isPending ? t("starting") : t("start")}
              </Button>
            </div>
          </form>
        </Form>
      </CardContent>
    </Card>
  );
}
