// Sign-in throttling with rate-limiter-flexible: per account (10 consecutive failures → 15-minute lock) and per IP.
// In memory by default; shared through Redis when REDIS_URL is set (several app instances).
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { config } from "../config";
import { log } from "../log";

export const ACCOUNT_FAILURE_LIMIT = 10;
export const ACCOUNT_LOCK_SECONDS = 15 * 60;
export const IP_FAILURE_LIMIT = 100;
export const IP_WINDOW_SECONDS = 15 * 60;

type Limiters = { account: RateLimiterAbstract; ip: RateLimiterAbstract };
const g = globalThis as unknown as { __zainThrottle?: Limiters };

function build(): Limiters {
  const account = {
    keyPrefix: "zain:signin:account",
    points: ACCOUNT_FAILURE_LIMIT,
    duration: ACCOUNT_LOCK_SECONDS,
    blockDuration: ACCOUNT_LOCK_SECONDS,
  };
  const ip = {
    keyPrefix: "zain:signin:ip",
    points: IP_FAILURE_LIMIT,
    duration: IP_WINDOW_SECONDS,
    blockDuration: IP_WINDOW_SECONDS,
  };
  if (config.redisUrl) {
    const client = new Redis(config.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
    });
    client.on("error", (err) =>
      log.warn({ err: err.message }, "redis unavailable; sign-in throttling falls back to memory"),
    );
    return {
      account: new RateLimiterRedis({
        storeClient: client,
        ...account,
        insuranceLimiter: new RateLimiterMemory(account),
      }),
      ip: new RateLimiterRedis({ storeClient: client, ...ip, insuranceLimiter: new RateLimiterMemory(ip) }),
    };
  }
  return { account: new RateLimiterMemory(account), ip: new RateLimiterMemory(ip) };
}

const limiters = () => (g.__zainThrottle ??= build());

export const accountKey = (hospitalCode: string | null, username: string) =>
  `${hospitalCode ?? "@admin"}:${username.toLowerCase()}`;

async function blockedFor(limiter: RateLimiterAbstract, key: string, limit: number): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints > limit ? res.msBeforeNext : 0;
}

/** milliseconds until this IP may try again (0: now) */
export const ipBlockedMs = (ip: string) => blockedFor(limiters().ip, ip, IP_FAILURE_LIMIT);
/** milliseconds until this account may try again (0: now) */
export const accountBlockedMs = (key: string) => blockedFor(limiters().account, key, ACCOUNT_FAILURE_LIMIT);

/** counts one failed sign-in; says whether it was the failure that locks the account */
export async function recordFailure(ip: string, key: string): Promise<{ failures: number; lockedNow: boolean }> {
  await limiters()
    .ip.consume(ip)
    .catch(() => undefined);
  try {
    const res = await limiters().account.consume(key);
    return { failures: res.consumedPoints, lockedNow: res.remainingPoints === 0 };
  } catch (res) {
    if (res instanceof RateLimiterRes) return { failures: res.consumedPoints, lockedNow: false };
    throw res;
  }
}

/** a success ends the run of consecutive failures */
export async function recordSuccess(key: string): Promise<void> {
  await limiters().account.delete(key);
}

/** an admin lifts a lock */
export async function clearAccount(key: string): Promise<void> {
  await limiters().account.delete(key);
}
