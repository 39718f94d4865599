// Who is acting in the console, how their actions are written to the control audit log, and the hospital lookup
// every console action starts from.
import { eq } from "drizzle-orm";
import { control } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import { AppError } from "../errors";
import { mainDb } from "../tenancy/main-db";

export type ConsoleActor = { id: string; username: string; ip: string; host: string };

type HospitalRef = { id: string | null; code: string } | null;

/** one control audit entry for a console action, with the super admin as the actor */
export async function auditConsole(
  actor: ConsoleActor,
  action: string,
  e: {
    hospital?: HospitalRef;
    target?: { type: string; id: string };
    detail?: Record<string, unknown>;
    outcome?: "SUCCESS" | "FAILURE";
  } = {},
): Promise<void> {
  await writeControlAudit({
    action,
    outcome: e.outcome ?? "SUCCESS",
    actor: { id: actor.id, username: actor.username },
    hospital: e.hospital ?? null,
    host: actor.host,
    ip: actor.ip,
    target: e.target,
    detail: e.detail,
  });
}

/** "every super admin view of hospital data is itself audited": one entry per list or record looked at */
export async function auditView(
  actor: ConsoleActor,
  view: string,
  filters: Record<string, unknown>,
  hospital: HospitalRef = null,
): Promise<void> {
  const shown = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""));
  await auditConsole(actor, "superadmin.view", {
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

export async function findHospital(code: string) {
  const main = await mainDb();
  const [row] = await main.select(hospitalColumns).from(h).where(eq(h.code, code));
  if (!row) throw new AppError("NOT_FOUND", `Hospital ${code} not found`);
  return row;
}
export type HospitalRow = Awaited<ReturnType<typeof findHospital>>;

/** a hospital whose provisioning has not finished may only be completed (system.migrate), not changed */
export function assertProvisioned(row: { code: string; status: string }): void {
  if (row.status === "PROVISIONING") {
    throw new AppError(
      "PRECONDITION_FAILED",
      `Hospital ${row.code} is still being set up. Complete it with "Migrate" under System health first.`,
    );
  }
}
