"use client";
// An administrator sets a temporary password for someone (a hospital's staff page, the console's users): their
// sessions end and they must choose their own at the next sign-in. A strong password is generated to begin with.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormDialog, generatePassword, PasswordField, useServerErrors } from "@/components/form";
import { passwordSchema } from "@/shared/users/schemas";

const schema = z.object({ password: passwordSchema });

export function ResetPasswordDialog(props: {
  title: string;
  description: string;
  label: string;
  hint: string;
  submitLabel: string;
  /** sets the password (the procedure of the caller's host) */
  save: (password: string) => Promise<unknown>;
  /** after it was set: tell it and refresh the list */
  onSaved: () => void;
  onClose: () => void;
}) {
  const [initial] = useState(generatePassword);
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { password: initial } });
  const errors = useServerErrors(form, { fields: ["password"] });
  const reset = useMutation({
    mutationFn: (password: string) => props.save(password),
    onSuccess: () => {
      props.onSaved();
      props.onClose();
    },
    onError: errors.apply,
  });
  return (
    <FormDialog
      form={form}
      onClose={props.onClose}
      title={props.title}
      description={props.description}
      onSubmit={(v) => reset.mutate(v.password)}
      serverErrors={errors}
      pending={reset.isPending}
      submitLabel={props.submitLabel}
    >
      <PasswordField
        control={form.control}
        name="password"
        label={props.label}
        description={props.hint}
        generate
        initiallyVisible
      />
    </FormDialog>
  );
}
