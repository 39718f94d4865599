import { Stethoscope } from "lucide-react";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** the centred card of sign-in and password pages */
export function AuthCard({
  title,
  description,
  children,
  logoUrl,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  logoUrl?: string | null;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 p-4">
      <Card className="w-full max-w-sm">
        <CardHeader className="items-center text-center">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={logoUrl} alt="" className="mx-auto mb-2 h-12 w-auto" />
          ) : (
            <Stethoscope className="mx-auto mb-2 size-10 text-primary" aria-hidden />
          )}
          <CardTitle className="text-xl">{title}</CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
    </main>
  );
}
