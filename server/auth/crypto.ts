// Sealing small secrets at rest (TOTP seeds) with AES-256-GCM under a key derived from AUTH_SECRET.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { derivedKey } from "./secret";

export function seal(plain: string, purpose = "mfa-secret"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

export function unseal(sealed: string, purpose = "mfa-secret"): string {
  const [v, iv, tag, body] = sealed.split(".");
  if (v !== "v1" || !iv || !tag || !body) throw new Error("unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", derivedKey(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** high-entropy one-time values (recovery codes) are stored as SHA-256, keyed so a database leak alone is useless */
export function digest(value: string, purpose = "recovery-code"): string {
  return createHash("sha256").update(derivedKey(purpose)).update(value).digest("base64url");
}
