// Staff self-registration: on a hospital's own host, when its settings allow it, a new staff member asks for an
// account. The account is created PENDING and cannot sign in until an administrator approves it (user.decide).
// Attempts are throttled per IP (rate-limiter-flexible; shared through Redis when REDIS_URL is set).
import { eq } from "drizzle-orm";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { control } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import { config } from "../config";
import type { MainDb, PlatformCtx } from "../context";
import { AppError } from "../errors";
import { withDefaults } from "../../shared/hospitals/settings-input";
import { defaultHospitalSettings } from "../../shared/hospitals/settings-schema";
import { log } from "../log";
import type { ParsedHost } from "../tenancy/host";
import { createAccount } from "./accounts";
import type { StaffRegistration } from "../../shared/users/registration-schema";

export const REGISTRATION_ATTEMPTS_PER_IP = 10;
export const REGISTRATION_WINDOW_SECONDS = 60 * 60;

const g = globalThis as unknown as { __zainRegistrationLimiter?: RateLimiterAbstract };

function limiter(): RateLimiterAbstract {
  if (g.__zainRegistrationLimiter) return g.__zainRegistrationLimiter;
  const opts = {
    keyPrefix: "zain:register:ip",
    points: REGISTRATION_ATTEMPTS_PER_IP,
    duration: REGISTRATION_WINDOW_SECONDS,
  };
  if (config.redisUrl) {
    const client = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", (err) =>
      log.warn({ err: err.message }, "redis unavailable; registration throttling falls back to memory"),
    );
    g.__zainRegistrationLimiter = new RateLimiterRedis({
      storeClient: client,
      ...opts,
      insuranceLimiter: new RateLimiterMemory(opts),
    });
  } else {
    g.__zainRegistrationLimiter = new RateLimiterMemory(opts);
  }
  return g.__zainRegistrationLimiter;
}

async function consumeAttempt(ip: string): Promise<void> {
  try {
    await limiter().consume(ip);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
    throw new AppError("REGISTRATION_THROTTLED", { params: { minutes } });
  }
}

/** the hospital of this host, if it accepts registration requests now */
async function registeringHospital(main: MainDb, host: ParsedHost) {
  if (host.kind !== "hospital") throw new AppError("REGISTER_ON_HOSPITAL_ADDRESS");
  const h = control.hospitals;
  const [row] = await main
    .select({ id: h.id, code: h.code, name: h.name, status: h.status, settings: h.settings })
    .from(h)
    .where(eq(h.code, host.code));
  if (!row || row.status === "PROVISIONING") throw new AppError("HOSPITAL_NOT_FOUND", { params: { code: host.code } });
  if (row.status !== "ACTIVE") throw new AppError("REGISTRATION_PAUSED");
  if (!withDefaults(defaultHospitalSettings(row.code), row.settings).staffSelfRegistration) {
    throw new AppError("REGISTRATION_CLOSED");
  }
  return row;
}

/** nobody is signed in yet: the request's host names the hospital */
export async function requestStaffAccount(
  ctx: Pick<PlatformCtx, "main"> & { host: ParsedHost; ip: string; userAgent: string },
  input: StaffRegistration,
) {
  const hospital = await registeringHospital(ctx.main, ctx.host);
  await consumeAttempt(ctx.ip);
  const created = await createAccount(ctx, { hospital, ...input, approval: "PENDING" });
  await writeControlAudit(ctx, {
    action: "staff.registration_requested",
    outcome: "SUCCESS",
    actor: { id: created.id, username: created.username },
    hospital: { id: hospital.id, code: hospital.code },
    host: ctx.host.kind === "hospital" ? ctx.host.host : "",
    ip: ctx.ip,
    target: { type: "user", id: created.id },
    detail: { role: input.role, userAgent: ctx.userAgent.slice(0, 200) },
  });
  return { username: created.username, approval: "PENDING" as const };
}
