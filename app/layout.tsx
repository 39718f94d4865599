import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Direction } from "radix-ui";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { TrpcProvider } from "@/components/trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Zain HMS", template: "%s · Zain HMS" },
  description: "Hospital management system",
  robots: { index: false, follow: false },
  icons: { icon: "/icon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const dir = locale === "ar" ? "rtl" : "ltr";
  return (
    <html lang={locale} dir={dir}>
      <body className="min-h-dvh antialiased">
        <NextIntlClientProvider>
          <TrpcProvider>
            <Direction.Provider dir={dir}>
              <TooltipProvider>{children}</TooltipProvider>
            </Direction.Provider>
            <Toaster dir={dir} />
          </TrpcProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
