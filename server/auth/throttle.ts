// Guessing limits. Every limit is taken BEFORE the password or code is checked, in one atomic step, so a burst of
// parallel requests gets no more checks than the limit (checking first and counting afterwards can be raced).
// - The account lock (10 consecutive failures → 15 minutes) lives in the users table of the main database
//   (failed_logins, locked_until): one conditional UPDATE … RETURNING reserves an attempt only while the account is
//   not locked, and the reservation that reaches the limit sets the lock in the same statement. A success clears the
//   count; an attempt that turned out not to be a failure (password right, second factor still to come) gives its
//   reservation back. A single statement behaves the same on libsql and Postgres (no read-then-write).
// - Per IP (sign-in) and per user in a session (current password, MFA codes): rate-limiter-flexible's `consume`,
//   atomic in memory and in Redis; answers that are not failures give the point back. In memory by default; shared
//   through Redis when REDIS_URL is set (several app instances).
import { and, eq, gt, or, isNull, lte, sql } from "drizzle-orm";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { control } from "@/db";
import { config } from "../config";
import type { MainDb } from "../context";
import { AppError } from "../errors";
import { log } from "../log";

export const ACCOUNT_FAILURE_LIMIT = 10;
export const ACCOUNT_LOCK_SECONDS = 15 * 60;
export const IP_FAILURE_LIMIT = 100;
export const IP_WINDOW_SECONDS = 15 * 60;
/** wrong current passwords, and wrong MFA codes, a signed-in user may try per window */
export const IN_SESSION_ATTEMPT_LIMIT = 10;
export const IN_SESSION_WINDOW_SECONDS = 15 * 60;

// ---------------------------------------------------------------------------------------------------------------
// the account lock, in the main database

export type SignInAttempt = { number: number; locksAccount: boolean };

/**
 * reserves one sign-in attempt on the account before its password is checked; null when the account is locked. A
 * lock that has run out starts a fresh count.
 */
export async function reserveSignInAttempt(main: MainDb, userId: string): Promise<SignInAttempt | null> {
  const u = control.users;
  const now = new Date();
  const lockUntil = new Date(now.getTime() + ACCOUNT_LOCK_SECONDS * 1000);
  // the WHERE lets through only an account that is not locked now, so a locked_until still set has run out
  const next = sql`(CASE WHEN ${u.lockedUntil} IS NOT NULL OR ${u.failedLogins} >= ${ACCOUNT_FAILURE_LIMIT} THEN 0 ELSE ${u.failedLogins} END + 1)`;
  const [row] = await main
    .update(u)
    .set({
      failedLogins: next,
      // NULLIF(x, x) is a NULL of the column's type (Postgres will not take an untyped NULL next to a parameter)
      lockedUntil: sql`CASE WHEN ${next} >= ${ACCOUNT_FAILURE_LIMIT} THEN ${sql.param(lockUntil, u.lockedUntil)} ELSE NULLIF(${u.lockedUntil}, ${u.lockedUntil}) END`,
    })
    .where(and(eq(u.id, userId), or(isNull(u.lockedUntil), lte(u.lockedUntil, now))))
    .returning({ failedLogins: u.failedLogins });
  return row ? { number: row.failedLogins, locksAccount: row.failedLogins >= ACCOUNT_FAILURE_LIMIT } : null;
}

/** gives back a reservation whose attempt was not a failure (the lock it set, if any, goes with it) */
export async function releaseSignInAttempt(main: MainDb, userId: string): Promise<void> {
  const u = control.users;
  await main
    .update(u)
    .set({
      failedLogins: sql`${u.failedLogins} - 1`,
      lockedUntil: sql`CASE WHEN ${u.failedLogins} - 1 < ${ACCOUNT_FAILURE_LIMIT} THEN NULLIF(${u.lockedUntil}, ${u.lockedUntil}) ELSE ${u.lockedUntil} END`,
    })
    .where(and(eq(u.id, userId), gt(u.failedLogins, 0)));
}

// ---------------------------------------------------------------------------------------------------------------
// rate limiters: per IP at sign-in, per user in a session

type Limiters = {
  ip: RateLimiterAbstract;
  password: RateLimiterAbstract;
  mfa: RateLimiterAbstract;
  code: RateLimiterAbstract;
};
type Store = { limiters: Limiters; client: Redis | null };
const g = globalThis as unknown as { __zainThrottle?: Store };

function build(redisUrl: string | undefined, prefix = "zain"): Store {
  const specs = {
    ip: { keyPrefix: `${prefix}:signin:ip`, points: IP_FAILURE_LIMIT, duration: IP_WINDOW_SECONDS },
    password: {
      keyPrefix: `${prefix}:session:password`,
      points: IN_SESSION_ATTEMPT_LIMIT,
      duration: IN_SESSION_WINDOW_SECONDS,
    },
    mfa: { keyPrefix: `${prefix}:session:mfa`, points: IN_SESSION_ATTEMPT_LIMIT, duration: IN_SESSION_WINDOW_SECONDS },
    /** one-time account codes redeemed on a sign-in page, per client address */
    code: {
      keyPrefix: `${prefix}:account-code:ip`,
      points: IN_SESSION_ATTEMPT_LIMIT,
      duration: IN_SESSION_WINDOW_SECONDS,
    },
  };
  const client = redisUrl
    ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : null;
  client?.on("error", (err) => log.warn({ err: err.message }, "redis unavailable; throttling falls back to memory"));
  const make = (spec: (typeof specs)[keyof typeof specs]): RateLimiterAbstract => {
    const opts = { ...spec, blockDuration: spec.duration };
    return client
      ? new RateLimiterRedis({ storeClient: client, ...opts, insuranceLimiter: new RateLimiterMemory(opts) })
      : new RateLimiterMemory(opts);
  };
  return {
    client,
    limiters: { ip: make(specs.ip), password: make(specs.password), mfa: make(specs.mfa), code: make(specs.code) },
  };
}

const limiters = () => (g.__zainThrottle ??= build(config.redisUrl)).limiters;

/**
 * tests: the limiters on this Redis under this key prefix until `restore` (which goes back to the environment's store)
 */
export async function useThrottleStore(redisUrl: string, keyPrefix: string): Promise<{ restore(): Promise<void> }> {
  const store = build(redisUrl, keyPrefix);
  if (store.client && store.client.status !== "ready")
    await new Promise<void>((resolve, reject) => {
      store.client!.once("ready", resolve);
      store.client!.once("end", () => reject(new Error("redis connection ended")));
    });
  const before = g.__zainThrottle;
  g.__zainThrottle = store;
  return {
    async restore() {
      g.__zainThrottle = before;
      await store.client?.quit();
    },
  };
}

/** takes one of the IP's sign-in attempts; false when the IP has used them all */
export async function takeIpAttempt(ip: string): Promise<boolean> {
  try {
    await limiters().ip.consume(ip);
    return true;
  } catch (res) {
    if (res instanceof RateLimiterRes) return false;
    throw res;
  }
}

/** an answer that was not a failed guess gives the IP its attempt back */
export async function returnIpAttempt(ip: string): Promise<void> {
  await limiters()
    .ip.reward(ip, 1)
    .catch((err: unknown) => log.warn({ err: String(err) }, "could not give back a sign-in attempt"));
}

/** "password" and "mfa" are keyed by user; "code" (redeeming a one-time account code) by client address */
export type InSessionCheck = "password" | "mfa" | "code";

/** takes one attempt at checking the user's current password or an MFA code; ATTEMPTS_THROTTLED when none are left */
export async function takeUserAttempt(check: InSessionCheck, userId: string): Promise<void> {
  try {
    await limiters()[check].consume(userId);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
    throw new AppError("ATTEMPTS_THROTTLED", { params: { minutes } });
  }
}

/** a right answer ends the run of wrong ones */
export async function clearUserAttempts(check: InSessionCheck, userId: string): Promise<void> {
  await limiters()[check].delete(userId);
}
