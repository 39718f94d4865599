"use client";
// A new staff member asks for an account on their hospital's host; an administrator approves it before first sign-in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useTRPC } from "@/components/trpc/client";
import { PasswordField, TextField, useServerErrors } from "@/components/form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { SELF_REGISTRATION_ROLES, staffRegistrationSchema } from "@/shared/users/registration-schema";
import { RoleField } from "./staff-fields";

export function RegisterForm({ hospitalName }: { hospitalName: string }) {
  const t = useTranslations("hospitalAdmin.register");
  const tAuth = useTranslations("auth");
  const trpc = useTRPC();
  const schema = staffRegistrationSchema
    .extend({ confirm: z.string() })
    .refine((v) => v.password === v.confirm, { path: ["confirm"], message: tAuth("passwordsDiffer") });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      username: "",
      password: "",
      confirm: "",
      firstName: "",
      lastName: "",
      email: "",
      phone: "",
      role: "" as never,
    },
  });
  const errors = useServerErrors(form, { codeFields: { USERNAME_TAKEN: "username" } });
  const register = useMutation(trpc.user.register.mutationOptions({ onError: errors.apply }));

  if (register.isSuccess) {
    return (
      <div className="grid gap-4">
        <Alert role="status">
          <CircleCheck aria-hidden />
          <AlertTitle>{t("sentTitle")}</AlertTitle>
          <AlertDescription>{t("sentBody", { hospital: hospitalName })}</AlertDescription>
        </Alert>
        <Button asChild variant="outline">
          <Link href="/auth/login">{t("backToSignIn")}</Link>
        </Button>
      </div>
    );
  }
  const c = form.control;
  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit(({ confirm: _confirm, ...input }) => {
          errors.clear();
          register.mutate(input);
        })}
        noValidate
        className="grid gap-4"
      >
        <TextField control={c} name="firstName" label={t("firstName")} autoComplete="given-name" />
        <TextField control={c} name="lastName" label={t("lastName")} autoComplete="family-name" />
        <TextField control={c} name="email" label={t("email")} type="email" dir="ltr" autoComplete="email" />
        <TextField control={c} name="phone" label={t("phone")} type="tel" dir="ltr" autoComplete="tel" />
        <RoleField roles={SELF_REGISTRATION_ROLES} />
        <TextField
          control={c}
          name="username"
          label={tAuth("username")}
          dir="ltr"
          autoCapitalize="none"
          spellCheck={false}
          autoComplete="username"
        />
        <PasswordField control={c} name="password" label={tAuth("password")} description={tAuth("passwordRules")} />
        <PasswordField control={c} name="confirm" label={tAuth("confirmPassword")} />
        {errors.formError && (
          <Alert variant="destructive">
            <AlertDescription>{errors.formError}</AlertDescription>
          </Alert>
        )}
        <Button type="submit" disabled={register.isPending} className="w-full">
          {register.isPending ? t("sending") : t("submit")}
        </Button>
        <p className="text-center text-sm text-muted-foreground">
          {t("haveAccount")}{" "}
          <Link href="/auth/login" className="font-medium text-primary underline-offset-4 hover:underline">
            {tAuth("signIn")}
          </Link>
        </p>
      </form>
    </Form>
  );
}
