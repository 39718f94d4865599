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

/** what a derived key is for; each purpose gets its own key, so one leaking or rotating leaves the others alone */
export type KeyPurpose = "session" | "mfa-secret" | "recovery-code" | "phi-access-log" | (string & {});

/**
 * The key version new data is sealed or MACed with (AUTH_KEY_VERSION, default 0). What is stored records its
 * version, so raising it rotates the keys without breaking old data: old versions stay derivable.
 *   version 0  HKDF-SHA256(AUTH_SECRET, salt "zain-hms", info = purpose) — the derivation used before versions existed
 *   version n  HKDF-SHA256(AUTH_SECRET_V<n> or AUTH_SECRET, salt "zain-hms", info = "zain-hms/<purpose>/v<n>")
 */
export function currentKeyVersion(): number {
  const raw = process.env.AUTH_KEY_VERSION;
  if (!raw) return 0;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 0) throw new Error("AUTH_KEY_VERSION must be a whole number ≥ 0");
  return v;
}

/** a 32-byte key for one purpose and key version, derived from AUTH_SECRET (see currentKeyVersion) */
export function derivedKey(purpose: KeyPurpose, version = 0): Buffer {
  if (version === 0) return Buffer.from(hkdfSync("sha256", authSecret(), "zain-hms", purpose, 32));
  const secret = process.env[`AUTH_SECRET_V${version}`] || authSecret();
  return Buffer.from(hkdfSync("sha256", secret, "zain-hms", `zain-hms/${purpose}/v${version}`, 32));
}
