// Password hashing: argon2id (the library's default algorithm) with OWASP's recommended cost.
import { hash, verify } from "@node-rs/argon2";
import { normalizePassword } from "./password-policy";

const COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), COST);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;
/** spends the time of one verification, so an unknown username answers as slowly as a wrong password */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("not-a-real-password-only-for-timing");
  await verifyPassword(await dummy, password);
}
