// Keys per purpose and per version (security review item 7): each purpose has its own key, and data sealed or MACed
// under version 0 (the derivation used before versions existed) still opens after the version is raised.
import { createCipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { digest, seal, unseal } from "./crypto";
import { currentKeyVersion, derivedKey } from "./secret";

const SECRET = "unit-test-auth-secret-0123456789abcdef";
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  delete process.env.AUTH_KEY_VERSION;
  delete process.env.AUTH_SECRET_V2;
});

/** how a TOTP seed was sealed before key versions existed (kept verbatim) */
function legacySeal(plain: string): string {
  const key = Buffer.from(hkdfSync("sha256", SECRET, "zain-hms", "mfa-secret", 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

describe("derived keys", () => {
  it("differ per purpose (session, MFA secrets, recovery codes, audit MAC) and per version", () => {
    const keys = ["session", "mfa-secret", "recovery-code", "phi-access-log"].flatMap((p) => [
      derivedKey(p, 0).toString("hex"),
      derivedKey(p, 1).toString("hex"),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toHaveLength(64);
  });

  it("version 0 is exactly the derivation used before versions existed", () => {
    for (const p of ["mfa-secret", "phi-access-log", "recovery-code"])
      expect(derivedKey(p, 0).equals(Buffer.from(hkdfSync("sha256", SECRET, "zain-hms", p, 32)))).toBe(true);
    // an audit MAC computed the old way verifies with the version-0 key
    const old = createHmac("sha256", Buffer.from(hkdfSync("sha256", SECRET, "zain-hms", "phi-access-log", 32)))
      .update("x")
      .digest("base64url");
    expect(createHmac("sha256", derivedKey("phi-access-log", 0)).update("x").digest("base64url")).toBe(old);
  });

  it("the current version comes from AUTH_KEY_VERSION (default 0) and a version may have its own secret", () => {
    expect(currentKeyVersion()).toBe(0);
    process.env.AUTH_KEY_VERSION = "2";
    expect(currentKeyVersion()).toBe(2);
    const before = derivedKey("mfa-secret", 2);
    process.env.AUTH_SECRET_V2 = "another-secret-for-version-two";
    expect(derivedKey("mfa-secret", 2).equals(before)).toBe(false);
    process.env.AUTH_KEY_VERSION = "x";
    expect(() => currentKeyVersion()).toThrow();
  });
});

describe("sealing with key versions", () => {
  it("an MFA secret sealed today (version 0, format v1) still opens after the version is raised", () => {
    const old = legacySeal("JBSWY3DPEHPK3PXP");
    expect(unseal(old)).toBe("JBSWY3DPEHPK3PXP");
    process.env.AUTH_KEY_VERSION = "1";
    expect(unseal(old)).toBe("JBSWY3DPEHPK3PXP");
    const fresh = seal("JBSWY3DPEHPK3PXP");
    expect(fresh.startsWith("v2.1.")).toBe(true);
    expect(unseal(fresh)).toBe("JBSWY3DPEHPK3PXP");
    delete process.env.AUTH_KEY_VERSION;
    expect(unseal(fresh)).toBe("JBSWY3DPEHPK3PXP"); // the stored version decides, not the current one
  });

  it("version 0 keeps the old format; a seal for one purpose does not open under another", () => {
    const s = seal("secret");
    expect(s.split(".")[0]).toBe("v1");
    expect(() => unseal(s, "session")).toThrow();
    expect(() => unseal("v2.x.a.b.c")).toThrow("unknown sealed format");
  });

  it("recovery-code digests stay on version 0, so stored codes still match after rotation", () => {
    const d = digest("ABCD-EFGH");
    process.env.AUTH_KEY_VERSION = "3";
    expect(digest("ABCD-EFGH")).toBe(d);
  });
});
