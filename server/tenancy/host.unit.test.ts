import { describe, expect, it } from "vitest";
import { parseHost } from "./host";

const ROOT = "zainhms.app";
const DEV = "localhost:3000";

describe("parseHost", () => {
  it.each([
    // [host, rootDomain, expected kind, expected code]
    ["cgh001.zainhms.app", ROOT, "hospital", "CGH001"],
    ["CGH001.ZAINHMS.APP", ROOT, "hospital", "CGH001"],
    ["cgh001.zainhms.app:443", ROOT, "hospital", "CGH001"],
    ["cgh001.zainhms.app.", ROOT, "hospital", "CGH001"],
    ["www.cgh001.zainhms.app", ROOT, "hospital", "CGH001"],
    ["demo001.localhost:3000", DEV, "hospital", "DEMO001"],
    ["demo001.localhost:4000", DEV, "hospital", "DEMO001"],
    ["demo001.localhost", DEV, "hospital", "DEMO001"],
    ["abc.zainhms.app", ROOT, "hospital", "ABC"],
    ["a234567890123456.zainhms.app", ROOT, "hospital", "A234567890123456"],
    ["127.zainhms.app", ROOT, "hospital", "127"],
    ["admin.zainhms.app", ROOT, "admin", undefined],
    ["ADMIN.zainhms.app:8443", ROOT, "admin", undefined],
    ["admin.localhost:3000", DEV, "admin", undefined],
    ["zainhms.app", ROOT, "root", undefined],
    ["www.zainhms.app", ROOT, "root", undefined],
    ["ZainHMS.App:80", ROOT, "root", undefined],
    ["localhost:3000", DEV, "root", undefined],
    ["127.0.0.1:3000", DEV, "root", undefined],
    ["[::1]:3000", DEV, "root", undefined],
  ])("%s (root %s) → %s %s", (host, root, kind, code) => {
    const r = parseHost(host, root);
    expect(r.kind).toBe(kind);
    if (code) expect(r).toMatchObject({ code });
  });

  it.each([
    ["api.zainhms.app", "reserved"],
    ["app.zainhms.app", "reserved"],
    ["static.zainhms.app", "reserved"],
    ["ab.zainhms.app", "too short"],
    ["a2345678901234567.zainhms.app", "17 characters"],
    ["cgh-001.zainhms.app", "hyphen is not in a code"],
    ["cgh_001.zainhms.app", "underscore"],
    ["a.b.zainhms.app", "nested subdomain"],
    ["cgh001.admin.zainhms.app", "nested under admin"],
    ["cgh001.zainhms.app.evil.com", "root domain only as a prefix"],
    ["evilzainhms.app", "suffix without a dot"],
    ["cgh001.evil.com", "foreign domain"],
    ["", "empty"],
    ["   ", "blank"],
    ["cgh001.zainhms.app:abc", "non-numeric port"],
    ["cgh001.zainhms.app:1:2", "two ports"],
    ["cgh001@zainhms.app", "userinfo"],
    ["cgh001.zainhms.app/../admin", "path in host"],
    ["сgh001.zainhms.app", "Cyrillic look-alike с"],
    ["xn--cgh001-9ve.zainhms.app", "punycode label"],
    ["cgh001.zainhms.app\r\nX-Evil: 1", "header injection"],
    ["..zainhms.app", "empty label"],
    ["-cgh.zainhms.app", "leading hyphen"],
    ["a".repeat(300) + ".zainhms.app", "overlong"],
  ])("%s is refused (%s)", (host) => {
    expect(parseHost(host, ROOT).kind).toBe("invalid");
  });

  it("refuses a missing Host header", () => {
    expect(parseHost(null, ROOT).kind).toBe("invalid");
    expect(parseHost(undefined, ROOT).kind).toBe("invalid");
  });

  it("defaults the root domain to localhost:3000", () => {
    const before = process.env.ROOT_DOMAIN;
    delete process.env.ROOT_DOMAIN;
    try {
      expect(parseHost("demo001.localhost:3000")).toMatchObject({ kind: "hospital", code: "DEMO001" });
    } finally {
      if (before !== undefined) process.env.ROOT_DOMAIN = before;
    }
  });
});
