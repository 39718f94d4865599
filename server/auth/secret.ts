// AUTH_SECRET: signs and encrypts sessions; keys for MFA secrets and the PHI audit chain are derived from it.
// In development it is generated once into DATA_DIR; in production it must be set.
import fs from "node:fs";
import path from "node:path";
import { hkdfSync, randomBytes } from "node:crypto";
import { config } from "../config";

let cached: string | null = null;

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  if (config.isProduction && !process.env.ZAIN_ALLOW_GENERATED_SECRET) {
    throw new Error("AUTH_SECRET must be set in production (e.g. `openssl rand -base64 32`)");
  }
  const file = path.join(config.dataDir, "auth-secret");
  try {
    return (cached = fs.readFileSync(file, "utf8").trim());
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    } catch {
      // another process wrote it first: use theirs
      return (cached = fs.readFileSync(file, "utf8").trim());
    }
    return (cached = secret);
  }
}

/** a 32-byte key for one purpose, derived from AUTH_SECRET */
export function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "zain-hms", purpose, 32));
}
