// Staff self-registration: on a hospital's own host, when its settings allow it, a new staff member asks for an
// account. The account is created PENDING and cannot sign in until an administrator approves it (user.decide).
// Attempts are throttled per IP (rate-limiter-flexible; shared through Redis when REDIS_URL is set).
import { eq } from "drizzle-orm";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { control } from "@/db";
import { writeControlAudit } from "../audit/control-audit";
import { config } from "../config";
import { AppError } from "../errors";
import { withDefaults } from "../../shared/hospitals/settings-input";
import { defaultHospitalSettings } from "../../shared/hospitals/settings-schema";
import { log } from "../log";
import type { ParsedHost } from "../tenancy/host";
import { mainDb } from "../tenancy/main-db";
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
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many registration requests from your network. Try again in ${minutes} minutes.`,
    );
  }
}

/** the hospital of this host, if it accepts registration requests now */
async function registeringHospital(host: ParsedHost) {
  if (host.kind !== "hospital") throw new AppError("FORBIDDEN", "Staff register on their own hospital's address");
  const main = await mainDb();
  const h = control.hospitals;
  const [row] = await main
    .select({ id: h.id, code: h.code, name: h.name, status: h.status, settings: h.settings })
    .from(h)
    .where(eq(h.code, host.code));
  if (!row || row.status === "PROVISIONING") throw new AppError("NOT_FOUND", "Hospital not found");
  if (row.status !== "ACTIVE")
    throw new AppError("FORBIDDEN", "This hospital does not accept registration requests at the moment");
  if (!withDefaults(defaultHospitalSettings(row.code), row.settings).staffSelfRegistration) {
    throw new AppError(
      "FORBIDDEN",
      "This hospital does not accept staff registration requests. Please ask an administrator for an account.",
    );
  }
  return row;
}

export async function requestStaffAccount(
  req: { host: ParsedHost; ip: string; userAgent: string },
  input: StaffRegistration,
) {
  const hospital = await registeringHospital(req.host);
  await consumeAttempt(req.ip);
  const created = await createAccount({ hospital, ...input, approval: "PENDING" });
  await writeControlAudit({
    action: "staff.registration_requested",
    outcome: "SUCCESS",
    actor: { id: created.id, username: created.username },
    hospital: { id: hospital.id, code: hospital.code },
    host: req.host.kind === "hospital" ? req.host.host : "",
    ip: req.ip,
    target: { type: "user", id: created.id },
    detail: { role: input.role, userAgent: req.userAgent.slice(0, 200) },
  });
  return { username: created.username, approval: "PENDING" as const };
}
