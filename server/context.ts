// What a domain function of a hospital gets: its database, the acting user, and the hospital (settings, plan).
import type { Db } from "@/db";
import type { HospitalRole } from "@/shared/enums";
import { refusal, type Permission } from "@/shared/permissions";
import type { SessionHospital } from "./auth/sessions";
import { AppError } from "./errors";

export type Actor = { userId: string; role: HospitalRole; username: string; name: string; ip: string };

export type HospitalCtx = { db: Db; actor: Actor; hospital: SessionHospital };

/** the domain's own check of the one permissions table (for rules finer than a procedure, e.g. a target status) */
export function assertPermitted(ctx: Pick<HospitalCtx, "actor" | "hospital">, permission: Permission): void {
  const why = refusal(ctx.actor.role, permission, { modules: ctx.hospital.settings.modules, plan: ctx.hospital.plan });
  if (why) throw new AppError(why);
}
