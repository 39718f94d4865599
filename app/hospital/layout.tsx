import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { hostHospital } from "@/server/next/request";

export const dynamic = "force-dynamic";

/** every page of a hospital host: the hospital must exist (an unknown code is a 404, whatever the path) */
export default async function HospitalHostLayout({ children }: { children: ReactNode }) {
  if (!(await hostHospital())) notFound();
  return children;
}
