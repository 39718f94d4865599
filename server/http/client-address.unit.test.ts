import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientAddress, stampClientAddress, trustedProxies } from "./client-address";

const none = trustedProxies("");
const lb = trustedProxies("10.0.0.0/8, 127.0.0.1, fd00::/8");

describe("client address", () => {
  it("believes no forwarding header when no proxy is trusted (the default)", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", none)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
  });

  it("takes the right-most hop that is not a trusted proxy", () => {
    // the client forged "1.1.1.1"; the trusted proxy appended the real address
    expect(clientAddress("10.1.2.3", "1.1.1.1, 198.51.100.7", lb)).toBe("198.51.100.7");
    // two trusted proxies in a row
    expect(clientAddress("127.0.0.1", "198.51.100.7, 10.9.9.9", lb)).toBe("198.51.100.7");
    // every hop trusted: the left-most one
    expect(clientAddress("10.0.0.1", "10.0.0.2", lb)).toBe("10.0.0.2");
    expect(clientAddress("fd00::1", "2001:db8::5", lb)).toBe("2001:db8::5");
  });

  it("stops at a malformed hop and ignores headers from an untrusted socket", () => {
    expect(clientAddress("10.1.2.3", "not-an-ip", lb)).toBe("10.1.2.3");
    expect(clientAddress("198.51.100.7", "10.0.0.1", lb)).toBe("198.51.100.7");
    expect(clientAddress(undefined, "1.1.1.1", lb)).toBe("unknown");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => trustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
  });

  it("replaces a client-sent copy of the internal header", () => {
    const req = {
      headers: { [CLIENT_IP_HEADER]: "10.0.0.99", "x-forwarded-for": "10.0.0.99" },
      socket: { remoteAddress: "198.51.100.7" },
    } as unknown as IncomingMessage;
    stampClientAddress(req, none);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("198.51.100.7");
  });
});
