// The first argument of every domain function: one of two shapes. Domain code never opens a database itself (no
// mainDb() in server/<domain>/); the seams do — the tRPC procedure ladder in server/trpc.ts (ctx.main once, in
// mainProcedure), server/next/*, sign-in and sessions in server/auth, server/tenancy/*, instrumentation.ts and app/api
// route handlers, scripts/ and tests — and pass it in a context.
//
//   HospitalCtx — a hospital's own work, `verbNoun(ctx: HospitalCtx, input)`: ctx.db is the hospital's database;
//     ctx.main the main database, only for the hospital's own rows there (its staff, departments, settings; every
//     such query carries ctx.hospital.id); ctx.actor the signed-in staff member; ctx.hospital the session's hospital
//     (settings, plan). A read that needs nothing but the hospital's database and is also run outside a request (a
//     benchmark, a test on a bare database) may take Pick<HospitalCtx, "db">.
//   PlatformCtx — the control plane (main database), `verbNoun(ctx: PlatformCtx, input)`: ctx.main is the main
//     database, ctx.actor the acting user — a super admin (hospitalId null), or a hospital user acting for their own
//     hospital (hospitalId from the session, never from input). Staff administration (server/users/staff.ts) is this
//     shape plus a scope: { hospitalId } for a hospital's ADMIN, ANY_HOSPITAL for a super admin. What runs before
//     anybody is signed in (sign-in, self-registration, the demo seed) and the plain writers other functions call
//     (createAccount, writeControlAudit) take Pick<PlatformCtx, "main">.
//
// Helpers that must write inside their caller's transaction (recordPhiAccess, writeHistory …) take that transaction.
import type { Db } from "@/db";
import type { HospitalRole, Role } from "@/shared/enums";
import { refusal, type Permission } from "@/shared/permissions";
import type { SessionHospital } from "./auth/sessions";
import { AppError } from "./errors";

export type Actor = { userId: string; role: HospitalRole; username: string; name: string; ip: string };

export type HospitalCtx = { db: Db; main: MainDb; actor: Actor; hospital: SessionHospital };

/** the main (control) database: hospitals, users, departments, sessions, the control audit log */
export type MainDb = Db;

export type PlatformActor = {
  userId: string;
  role: Role;
  username: string;
  name: string;
  ip: string;
  /** the hospital a hospital user acts for (their own, from the session); null for a super admin */
  hospitalId: string | null;
  /** the host the request came to ("" outside a request), written to the control audit log of console actions */
  host: string;
};

export type PlatformCtx = { main: MainDb; actor: PlatformActor };

/** the domain's own check of the one permissions table (for rules finer than a procedure, e.g. a target status) */
export function assertPermitted(ctx: Pick<HospitalCtx, "actor" | "hospital">, permission: Permission): void {
  const why = refusal(ctx.actor.role, permission, { modules: ctx.hospital.settings.modules, plan: ctx.hospital.plan });
  if (why) throw new AppError(why);
}
