// tRPC base: context and the procedure ladder. Each rung adds one checked fact to ctx:
//   publicProcedure → authedProcedure (a live session for this very host)
//     → hospitalProcedure (hospital host = session hospital, subscription usable; ctx.db = that hospital's database)
//       → roleProcedure(...roles) / moduleProcedure(area, roles?)
//     → superAdminProcedure (admin host, SUPERADMIN)
import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/db";
import type { HospitalRole } from "@/db/schema/enums";
import { canUseArea, type Area } from "./auth/access";
import { sessionIdFromCookieHeader, verifySession, type SessionUser, type VerifiedSession } from "./auth/sessions";
import { AppError, type AppErrorCode } from "./errors";
import { isReadOnly } from "./hospitals/subscription";
import type { Actor } from "./shared/context";
import { tenantDb } from "./tenancy";
import { parseHost, type ParsedHost } from "./tenancy/host";

export type Context = {
  host: ParsedHost;
  ip: string;
  userAgent: string;
  /** verified for this host; null = signed out here */
  session: VerifiedSession | null;
};

/** the client address: the nearest proxy's view (X-Real-IP), else the first X-Forwarded-For hop */
export function clientIp(headers: Headers): string {
  const real = headers.get("x-real-ip");
  if (real) return real.trim().slice(0, 64);
  const xff = headers.get("x-forwarded-for");
  return (xff?.split(",")[0]?.trim() || "unknown").slice(0, 64);
}

/** the context of one request: the host from the Host header (never a client-chosen one) and its session */
export async function createContext({ headers }: { headers: Headers }): Promise<Context> {
  const host = parseHost(headers.get("host"));
  const sessionId = await sessionIdFromCookieHeader(headers.get("cookie"));
  return {
    host,
    ip: clientIp(headers),
    userAgent: headers.get("user-agent") ?? "",
    session: await verifySession(sessionId, host),
  };
}

type Meta = {
  /** reachable while the user must still change their password or enrol MFA */
  allowIncompleteAccount?: boolean;
};

const APP_TO_TRPC: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  LIMIT_REACHED: "FORBIDDEN",
  READ_ONLY: "FORBIDDEN",
  MODULE_DISABLED: "FORBIDDEN",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

const INTERNAL_MESSAGE = "Something went wrong on our side and nothing was saved. Please try again.";

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const zodIssues =
        cause instanceof ZodError
          ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
          : undefined;
      const message = zodIssues
        ? zodIssues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")
        : error.code === "INTERNAL_SERVER_ERROR"
          ? INTERNAL_MESSAGE
          : shape.message;
      return {
        ...shape,
        message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appCode: cause instanceof AppError ? cause.code : undefined,
          field:
            cause instanceof AppError && typeof cause.details?.field === "string" ? cause.details.field : undefined,
          zodIssues,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const deny = (code: AppErrorCode, message: string) => new AppError(code, message);

/** turns domain AppErrors into tRPC errors with the matching code; everything else stays as it is */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: APP_TO_TRPC[cause.code], message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

export const authedProcedure = publicProcedure.use(async ({ ctx, next, meta }) => {
  const session = ctx.session;
  if (!session) throw deny("UNAUTHORIZED", "Please sign in");
  if (!meta?.allowIncompleteAccount) {
    if (session.user.mustChangePassword) throw deny("FORBIDDEN", "Choose a new password before continuing");
    if (session.mfaEnrolmentRequired) throw deny("FORBIDDEN", "Set up two-step sign-in before continuing");
  }
  return next({ ctx: { session, user: session.user } });
});

export const hospitalProcedure = authedProcedure.use(async ({ ctx, next, type }) => {
  const { host, session } = ctx;
  const hospital = session.hospital;
  // verifySession already bound the session to this host; checked again here because this rung hands out a database
  if (host.kind !== "hospital" || !hospital || hospital.code !== host.code || session.user.role === "SUPERADMIN") {
    throw deny("UNAUTHORIZED", "Please sign in");
  }
  if (type === "mutation" && isReadOnly(hospital)) {
    throw deny(
      "READ_ONLY",
      "This hospital's subscription has expired: records can be viewed but not changed. Please renew the subscription.",
    );
  }
  const actor: Actor = {
    userId: session.user.id,
    role: session.user.role as HospitalRole,
    username: session.user.username,
    name: `${session.user.firstName} ${session.user.lastName}`,
    ip: ctx.ip,
  };
  const lease = await tenantDb(hospital.code);
  try {
    return await next({ ctx: { hospital, db: lease.db as Db, actor } });
  } finally {
    lease.release();
  }
});

export function roleProcedure(...roles: HospitalRole[]) {
  return hospitalProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) throw deny("FORBIDDEN", "Your role may not do this");
    return next();
  });
}

/** an area of the hospital app: the role may use it and the hospital has it switched on; optionally only some roles */
export function moduleProcedure(area: Area, roles?: readonly HospitalRole[]) {
  return hospitalProcedure.use(({ ctx, next }) => {
    if (!canUseArea(ctx.actor.role, area, { ...ctx.hospital.settings.modules })) {
      const switchedOff = ctx.hospital.settings.modules[area as keyof typeof ctx.hospital.settings.modules] === false;
      throw switchedOff
        ? deny("MODULE_DISABLED", `The ${area} module is switched off for this hospital`)
        : deny("FORBIDDEN", "Your role may not use this area");
    }
    if (roles && !roles.includes(ctx.actor.role)) throw deny("FORBIDDEN", "Your role may not do this");
    return next();
  });
}

export const superAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.host.kind !== "admin" || ctx.session.user.role !== "SUPERADMIN" || ctx.session.hospital !== null) {
    throw deny("UNAUTHORIZED", "Please sign in");
  }
  return next({ ctx: { superAdmin: ctx.session.user as SessionUser } });
});

export type { Actor, HospitalCtx } from "./shared/context";
