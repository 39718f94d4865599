import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EncounterWorkspace } from "@/components/encounters/encounter-workspace";
import { requirePermission } from "@/server/next/request";
import { uuid } from "@/shared/zod";

export const metadata: Metadata = { title: "Encounter" };

export default async function EncounterPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requirePermission("encounter.read");
  const { id } = await params;
  if (!uuid.safeParse(id).success) notFound();
  return <EncounterWorkspace id={id} role={session.user.role} userId={session.user.id} />;
}
