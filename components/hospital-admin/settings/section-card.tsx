"use client";
// One section of the settings page: a card with its own form and Save button.
import { useTranslations } from "next-intl";
import type { FormEventHandler, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";

export function SectionCard(props: {
  id: string;
  title: string;
  description?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  pending: boolean;
  dirty: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("common");
  return (
    <Card id={props.id} className="scroll-mt-20" aria-labelledby={`${props.id}-title`}>
      <form onSubmit={props.onSubmit} noValidate className="flex flex-col gap-6">
        <CardHeader>
          <CardTitle id={`${props.id}-title`}>{props.title}</CardTitle>
          {props.description && <CardDescription>{props.description}</CardDescription>}
        </CardHeader>
        <CardContent>{props.children}</CardContent>
        <CardFooter className="justify-end border-t">
          <Button type="submit" disabled={props.pending || !props.dirty}>
            {props.pending && <Spinner aria-hidden />}
            {props.pending ? t("saving") : t("save")}
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
