import type { Metadata } from "next";
import { BreakGlassPage } from "@/components/console/break-glass/break-glass";
import { requireSuperAdminPage } from "@/server/next/request";

export const metadata: Metadata = { title: "Break-glass access" };

export default async function SuperAdminBreakGlassPage() {
  await requireSuperAdminPage();
  return <BreakGlassPage />;
}
