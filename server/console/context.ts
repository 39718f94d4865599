// What every console action shares: how it is written to the control audit log (the super admin of ctx.actor as the
// actor, with the admin host), and the hospital lookup it starts from. Console functions take a PlatformCtx.
import { eq } from "drizzle-orm";
import { control } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import type { PlatformCtx } from "../context";
import { AppError } from "../errors";

type HospitalRef = { id: string | null; code: string } | null;

/** one control audit entry for a console action, with the super admin as the actor */
export async function auditConsole(
  ctx: PlatformCtx,
  action: string,
  e: {
    hospital?: HospitalRef;
    target?: { type: string; id: string };
    detail?: Record<string, unknown>;
    outcome?: "SUCCESS" | "FAILURE";
  } = {},
): Promise<void> {
  await writeControlAudit(ctx, {
    action,
    outcome: e.outcome ?? "SUCCESS",
    actor: { id: ctx.actor.userId, username: ctx.actor.username },
    hospital: e.hospital ?? null,
    host: ctx.actor.host,
    ip: ctx.actor.ip,
    target: e.target,
    detail: e.detail,
  });
}

/** "every super admin view of hospital data is itself audited": one entry per list or record looked at */
export async function auditView(
  ctx: PlatformCtx,
  view: string,
  filters: Record<string, unknown>,
  hospital: HospitalRef = null,
): Promise<void> {
  const shown = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""));
  await auditConsole(ctx, "superadmin.view", {
    hospital,
    target: { type: "view", id: view },
    detail: { view, filters: shown },
  });
}

const h = control.hospitals;
export const hospitalColumns = {
  id: h.id,
  code: h.code,
  name: h.name,
  email: h.email,
  phone: h.phone,
  address: h.address,
  city: h.city,
  state: h.state,
  country: h.country,
  plan: h.plan,
  status: h.status,
  subscriptionStartsAt: h.subscriptionStartsAt,
  subscriptionEndsAt: h.subscriptionEndsAt,
  dbServer: h.dbServer,
  schemaVersion: h.schemaVersion,
  lastMigratedAt: h.lastMigratedAt,
  provisionError: h.provisionError,
  createdAt: h.createdAt,
  updatedAt: h.updatedAt,
};

export async function findHospital(ctx: PlatformCtx, code: string) {
  const [row] = await ctx.main.select(hospitalColumns).from(h).where(eq(h.code, code));
  if (!row) throw new AppError("HOSPITAL_NOT_FOUND", { params: { code } });
  return row;
}
export type HospitalRow = Awaited<ReturnType<typeof findHospital>>;

/** a hospital whose provisioning has not finished may only be completed (system.migrate), not changed */
export function assertProvisioned(row: { code: string; status: string }): void {
  if (row.status === "PROVISIONING") {
    throw new AppError("HOSPITAL_SETUP_INCOMPLETE", { params: { code: row.code } });
  }
}
