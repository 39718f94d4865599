// Creating a hospital from the console: the same provisioning as `pnpm hms setup-hospital`, with the strict password
// policy, and its steps recorded as they run so the console can show progress while the request is still open.
import { eq } from "drizzle-orm";
import { control } from "@/db";
import { AppError, isAppError } from "../errors";
import type { consoleNewHospitalSchema } from "../../shared/console/schemas";
import type { z } from "zod";
import { and } from "drizzle-orm";
import { issueAccountCode, unknownPassword } from "../users/account-codes";
import type { PlatformCtx } from "../context";
import { createHospital, type ProvisionStep } from "../tenancy/provision";
import { auditConsole, findHospital } from "./context";

export const PROVISION_STEPS: readonly ProvisionStep[] = ["control-row", "database", "migrations", "meta", "active"];

export type StepTiming = { step: ProvisionStep; ms: number };
export type ProvisionProgress = {
  code: string;
  state: "running" | "done" | "failed" | "unknown";
  steps: StepTiming[];
  error: string | null;
};

type Tracked = ProvisionProgress & { touchedAt: number };

const KEEP_MS = 10 * 60_000;
const KEEP_MAX = 200;
const g = globalThis as unknown as { __zainProvisionProgress?: Map<string, Tracked> };
const tracked = (g.__zainProvisionProgress ??= new Map<string, Tracked>());

function track(code: string): Tracked {
  const now = Date.now();
  for (const [k, v] of tracked) if (now - v.touchedAt > KEEP_MS || tracked.size >= KEEP_MAX) tracked.delete(k);
  const entry: Tracked = { code, state: "running", steps: [], error: null, touchedAt: now };
  // a second attempt at a code being created right now fails with CONFLICT; it must not hide the first one's steps
  if (tracked.get(code)?.state !== "running") tracked.set(code, entry);
  return entry;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/** the first admin of a hospital made in the console: a password nobody knows, and a one-time setup code */
async function setupCodeForAdmin(ctx: PlatformCtx, hospitalId: string, username: string) {
  const u = control.users;
  const [admin] = await ctx.main
    .select({ id: u.id })
    .from(u)
    .where(and(eq(u.hospitalId, hospitalId), eq(u.username, username)));
  if (!admin) throw new AppError("USER_NOT_FOUND");
  await ctx.main.update(u).set({ mustChangePassword: true }).where(eq(u.id, admin.id));
  return issueAccountCode(ctx, { id: admin.id, hospitalId }, "SETUP");
}

export async function createHospitalFromConsole(ctx: PlatformCtx, input: z.output<typeof consoleNewHospitalSchema>) {
  const progress = track(input.code);
  const started = Date.now();
  let last = started;
  const afterStep = (step: ProvisionStep) => {
    const now = Date.now();
    progress.steps.push({ step, ms: now - last });
    progress.touchedAt = last = now;
  };
  try {
    // the super admin never chooses the admin's password: the admin redeems the setup code by choosing their own
    const result = await createHospital(
      { ...input, admin: { ...input.admin, password: unknownPassword() } },
      { afterStep },
    );
    progress.state = "done";
    const row = await findHospital(ctx, result.code);
    const setup = await setupCodeForAdmin(ctx, row.id, input.admin.username.trim().toLowerCase());
    await auditConsole(ctx, "hospital.created", {
      hospital: { id: row.id, code: row.code },
      target: { type: "hospital", id: row.id },
      detail: { plan: row.plan, resumed: result.resumed, admin: input.admin.username, steps: progress.steps },
    });
    return {
      code: row.code,
      id: row.id,
      resumed: result.resumed,
      steps: progress.steps,
      totalMs: Date.now() - started,
      admin: { username: input.admin.username, setupCode: setup.code, setupCodeExpiresAt: setup.expiresAt },
    };
  } catch (err) {
    progress.state = "failed";
    progress.error = messageOf(err);
    await auditConsole(ctx, "hospital.created", {
      outcome: "FAILURE",
      hospital: { id: null, code: input.code },
      detail: { error: progress.error, steps: progress.steps },
    }).catch(() => undefined);
    if (isAppError(err)) throw err;
    const lastStep = progress.steps.at(-1)?.step;
    const error = progress.error ?? "";
    throw lastStep
      ? new AppError("HOSPITAL_SETUP_STOPPED", { params: { code: input.code, step: lastStep, error }, cause: err })
      : new AppError("HOSPITAL_CREATE_FAILED", { params: { code: input.code, error }, cause: err });
  }
}

/** the steps of a provisioning started in this process; otherwise what the control row says */
export async function provisioningProgress(ctx: PlatformCtx, code: string): Promise<ProvisionProgress> {
  const entry = tracked.get(code);
  if (entry) return { code, state: entry.state, steps: entry.steps, error: entry.error };
  const [row] = await ctx.main
    .select({ status: control.hospitals.status, error: control.hospitals.provisionError })
    .from(control.hospitals)
    .where(eq(control.hospitals.code, code));
  if (!row) return { code, state: "unknown", steps: [], error: null };
  return {
    code,
    state: row.status === "PROVISIONING" ? (row.error ? "failed" : "running") : "done",
    steps: [],
    error: row.error,
  };
}
