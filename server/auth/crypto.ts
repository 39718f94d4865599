// Sealing small secrets at rest (TOTP seeds) with AES-256-GCM under a key derived from AUTH_SECRET for the purpose.
// Formats: "v1.<iv>.<tag>.<body>" (key version 0, written before key versions existed) and
// "v2.<keyVersion>.<iv>.<tag>.<body>"; both stay readable after AUTH_KEY_VERSION is raised (server/auth/secret.ts).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { currentKeyVersion, derivedKey, type KeyPurpose } from "./secret";

export function seal(plain: string, purpose: KeyPurpose = "mfa-secret", version = currentKeyVersion()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(purpose, version), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const parts = [iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")];
  return (version === 0 ? ["v1", ...parts] : ["v2", String(version), ...parts]).join(".");
}

export function unseal(sealed: string, purpose: KeyPurpose = "mfa-secret"): string {
  const parts = sealed.split(".");
  let version: number;
  if (parts[0] === "v1" && parts.length === 4) version = 0;
  else if (parts[0] === "v2" && parts.length === 5 && /^[0-9]+$/.test(parts[1]!))
    version = Number(parts.splice(1, 1)[0]);
  else throw new Error("unknown sealed format");
  const [, iv, tag, body] = parts;
  if (!iv || !tag || !body) throw new Error("unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", derivedKey(purpose, version), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** high-entropy one-time values (recovery codes) are stored as SHA-256, keyed so a database leak alone is useless.
 * Always key version 0: the digest is looked up by value, so its key cannot change under stored codes. */
export function digest(value: string, purpose: KeyPurpose = "recovery-code"): string {
  return createHash("sha256").update(derivedKey(purpose, 0)).update(value).digest("base64url");
}
