// Password hashing: argon2id (the library's default algorithm) with OWASP's recommended cost.
import { hash, verify } from "@node-rs/argon2";
import { normalizePassword } from "./password-policy";

const COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** real password verifications so far in this process; read only by tests (a burst must not get past the limits) */
export const passwordVerifications = { count: 0 };

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), COST);
}

async function argonVerify(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  passwordVerifications.count++;
  return argonVerify(passwordHash, password);
}

let dummy: Promise<string> | null = null;
/** spends the time of one verification, so an unknown username answers as slowly as a wrong password */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("not-a-real-password-only-for-timing");
  await argonVerify(await dummy, password);
}
