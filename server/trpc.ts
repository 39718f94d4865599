// tRPC base: context and the procedure ladder. Each rung adds one checked fact to ctx:
//   publicProcedure → mainProcedure (ctx.main: the main database, opened here once for the domain functions)
//     → authedProcedure (a live session for this very host; ctx.platform = { main, actor } for control-plane functions)
//       → hospitalProcedure (hospital host = session hospital, subscription usable; ctx.db = that hospital's database:
//         with ctx.main, ctx.actor and ctx.hospital a HospitalCtx)
//         → permitted(permission): the one table of shared/permissions.ts, with module switches and the plan
//       → superAdminProcedure (admin host, SUPERADMIN)
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { HospitalRole } from "@/shared/enums";
import { refusal, type Permission } from "@/shared/permissions";
import { fieldErrorsOf, type ErrorCode } from "@/shared/errors";
import { markPhiWritten } from "./audit/phi";
import { sessionIdFromCookieHeader, verifySession, type VerifiedSession } from "./auth/sessions";
import { AppError } from "./errors";
import { clientIpOf } from "./http/client-address";
import { isReadOnly } from "./hospitals/subscription";
import type { Actor, PlatformActor, PlatformCtx } from "./context";
import { hospitalUnavailableError, tenantDb } from "./tenancy";
import { mainDb } from "./tenancy/main-db";
import { parseHost, type ParsedHost } from "./tenancy/host";

export type Context = {
  host: ParsedHost;
  ip: string;
  userAgent: string;
  /** verified for this host; null = signed out here */
  session: VerifiedSession | null;
};

/** the context of one request: the host from the Host header (never a client-chosen one) and its session */
export async function createContext({ headers }: { headers: Headers }): Promise<Context> {
  const host = parseHost(headers.get("host"));
  const sessionId = await sessionIdFromCookieHeader(headers.get("cookie"));
  return {
    host,
    ip: clientIpOf(headers),
    userAgent: headers.get("user-agent") ?? "",
    session: await verifySession(sessionId, host),
  };
}

type Meta = {
  /** the permission a hospital procedure needs (set by `permitted`) */
  permission?: Permission;
  /** reachable while the user must still change their password or enrol MFA */
  allowIncompleteAccount?: boolean;
};

const INTERNAL_MESSAGE = "Something went wrong on our side and nothing was saved. Please try again.";

/** the error answer's data for a cause: the catalogue code, and for invalid input the fields and their codes */
function appErrorData(cause: unknown, trpcCode: string) {
  if (cause instanceof ZodError) {
    return { appCode: "VALIDATION" as ErrorCode, fieldErrors: fieldErrorsOf(cause.issues) };
  }
  if (cause instanceof AppError) {
    return { appCode: cause.code, field: cause.field, params: cause.params, fieldErrors: cause.fieldErrors };
  }
  const byTrpc: Record<string, ErrorCode> = {
    BAD_REQUEST: "VALIDATION",
    UNAUTHORIZED: "UNAUTHORIZED",
    FORBIDDEN: "FORBIDDEN",
    NOT_FOUND: "NOT_FOUND",
    CONFLICT: "CONFLICT",
    TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
    PARSE_ERROR: "VALIDATION",
    METHOD_NOT_SUPPORTED: "NOT_FOUND",
  };
  return { appCode: byTrpc[trpcCode] ?? ("INTERNAL" as ErrorCode) };
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const data = appErrorData(cause, error.code);
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
          ...data,
          zodIssues,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const deny = (code: ErrorCode) => new AppError(code);

/** turns domain AppErrors into tRPC errors with the matching code; everything else stays as it is */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.trpcCode, message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

/** the main database for the domain functions: the one place a procedure gets it */
export const mainProcedure = publicProcedure.use(async ({ next }) => next({ ctx: { main: await mainDb() } }));

export const authedProcedure = mainProcedure.use(async ({ ctx, next, meta }) => {
  const session = ctx.session;
  if (!session) throw deny("UNAUTHORIZED");
  if (!meta?.allowIncompleteAccount) {
    if (session.user.mustChangePassword) throw deny("PASSWORD_CHANGE_REQUIRED");
    if (session.mfaEnrolmentRequired) throw deny("MFA_ENROLMENT_REQUIRED");
  }
  const actor: PlatformActor = {
    userId: session.user.id,
    role: session.user.role,
    username: session.user.username,
    name: `${session.user.firstName} ${session.user.lastName}`,
    ip: ctx.ip,
    hospitalId: session.hospital?.id ?? null,
    host: ctx.host.kind === "invalid" ? "" : ctx.host.host,
  };
  const platform: PlatformCtx = { main: ctx.main, actor };
  return next({ ctx: { session, user: session.user, platform } });
});

/**
 * What the ADMIN of a SUSPENDED hospital may still do besides their own account (account.*, session.*, mfa.* are not
 * hospital procedures): see and disable staff, and end their sessions. Everything else answers HOSPITAL_SUSPENDED.
 */
const SUSPENDED_ADMIN_PROCEDURES: Record<string, (input: unknown) => boolean> = {
  "user.list": () => true,
  "user.revokeSessions": () => true,
  "user.setActive": (input) => (input as { active?: unknown } | undefined)?.active === false, // disable only
};

export const hospitalProcedure = authedProcedure.use(async ({ ctx, next, type, path, getRawInput }) => {
  const { host, session } = ctx;
  const hospital = session.hospital;
  // verifySession already bound the session to this host; checked again here because this rung hands out a database
  if (host.kind !== "hospital" || !hospital || hospital.code !== host.code || session.user.role === "SUPERADMIN") {
    throw deny("UNAUTHORIZED");
  }
  if (hospital.status === "SUSPENDED") {
    const allowed = SUSPENDED_ADMIN_PROCEDURES[path];
    if (session.user.role !== "ADMIN" || !allowed || !allowed(await getRawInput().catch(() => undefined))) {
      throw deny("HOSPITAL_SUSPENDED");
    }
  }
  if (type === "mutation" && isReadOnly(hospital)) {
    throw deny("READ_ONLY");
  }
  const actor: Actor = {
    userId: session.user.id,
    role: session.user.role as HospitalRole,
    username: session.user.username,
    name: `${session.user.firstName} ${session.user.lastName}`,
    ip: ctx.ip,
  };
  const lease = await tenantDb(hospital.code);
  let failure: unknown;
  try {
    const result = await next({ ctx: { hospital, db: lease.db, actor } });
    if (result.ok) return result;
    failure = result.error.cause ?? result.error;
    // the hospital's database failed as a whole (gone, damaged, locked, its server away): a 503 for this hospital
    // only, never a 500; the registry retires a broken client so the next request reopens it
    const unavailable = hospitalUnavailableError(hospital.code, failure);
    if (unavailable) throw unavailable;
    return result;
  } catch (err) {
    failure ??= err;
    throw hospitalUnavailableError(hospital.code, err) ?? err;
  } finally {
    lease.release(failure);
    // a change logged in its own transaction: the PHI log's anchor in the main database follows within a second
    if (type === "mutation") markPhiWritten({ main: ctx.main, hospital });
  }
});

/**
 * A hospital procedure that needs one permission of the table (shared/permissions.ts): the role holds it, its module
 * is switched on and the plan includes it. The permission is kept in the procedure's meta, so the access-matrix test
 * reads who may call each procedure from the same table.
 */
export function permitted(permission: Permission) {
  return hospitalProcedure.meta({ permission }).use(({ ctx, next }) => {
    const why = refusal(ctx.actor.role, permission, {
      modules: ctx.hospital.settings.modules,
      plan: ctx.hospital.plan,
    });
    if (why) throw deny(why);
    return next();
  });
}

export const superAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.host.kind !== "admin" || ctx.session.user.role !== "SUPERADMIN" || ctx.session.hospital !== null) {
    throw deny("UNAUTHORIZED");
  }
  return next();
});

export type { Actor, HospitalCtx, PlatformActor, PlatformCtx } from "./context";
