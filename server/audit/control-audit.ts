// The control audit log (main database): sign-ins, account and hospital administration, and every super admin
// look at hospital data.
import { control } from "@/db";
import { newId } from "@/db/id";
import type { PlatformCtx } from "../context";
import { log } from "../log";

export type ControlAuditEntry = {
  action: string;
  outcome: "SUCCESS" | "FAILURE";
  actor?: { id: string | null; username: string } | null;
  hospital?: { id: string | null; code: string } | null;
  host?: string;
  ip?: string;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
};

export async function writeControlAudit(ctx: Pick<PlatformCtx, "main">, e: ControlAuditEntry): Promise<void> {
  await ctx.main.insert(control.auditLog).values({
    id: newId(),
    at: new Date(),
    action: e.action,
    outcome: e.outcome,
    actorUserId: e.actor?.id ?? null,
    actorUsername: (e.actor?.username ?? "").slice(0, 100),
    hospitalId: e.hospital?.id ?? null,
    hospitalCode: e.hospital?.code ?? "",
    host: (e.host ?? "").slice(0, 255),
    ip: (e.ip ?? "").slice(0, 64),
    targetType: e.target?.type ?? "",
    targetId: e.target?.id ?? "",
    detail: e.detail ?? null,
  });
  log.info(
    { action: e.action, outcome: e.outcome, actor: e.actor?.username, hospital: e.hospital?.code, ip: e.ip },
    "audit",
  );
}
