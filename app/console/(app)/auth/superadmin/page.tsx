import type { Metadata } from "next";
import { Suspense } from "react";
import { SuperAdminDashboard } from "@/components/console/dashboard";
import { requireSuperAdminPage } from "@/server/next/request";

export const metadata: Metadata = { title: "Super admin" };

export default async function SuperAdminPage() {
  await requireSuperAdminPage();
  return (
    <Suspense>
      <SuperAdminDashboard />
    </Suspense>
  );
}
