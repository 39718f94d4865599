import type { Metadata } from "next";
import { SecurityPage } from "@/components/account/security-page";
import { requirePageSession } from "@/server/next/request";

export const metadata: Metadata = { title: "Security" };

export default async function Security() {
  const session = await requirePageSession({ allowIncomplete: true });
  return <SecurityPage session={session} />;
}
