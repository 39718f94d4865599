import type { Metadata } from "next";
import { Suspense } from "react";
import { DataBrowser } from "@/components/console/browser/data-browser";
import { requireSuperAdminPage } from "@/server/next/request";

export const metadata: Metadata = { title: "Data browser" };

export default async function AdminDataBrowserPage() {
  await requireSuperAdminPage();
  return (
    <Suspense>
      <DataBrowser />
    </Suspense>
  );
}
