import { describe, expect, it } from "vitest";
import { secureCookies, sessionCookieName } from "./cookies";

describe("secure session cookies", () => {
  it("are on in production on a real domain, whatever the request's protocol", () => {
    expect(secureCookies({ NODE_ENV: "production", ROOT_DOMAIN: "zainhms.app" })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", ROOT_DOMAIN: "hms.example.om:8443" })).toBe(true);
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
  });
  it("are off in development and on a localhost root (the e2e suite's production build)", () => {
    expect(secureCookies({ NODE_ENV: "development", ROOT_DOMAIN: "zainhms.app" })).toBe(false);
    expect(secureCookies({ NODE_ENV: "production", ROOT_DOMAIN: "localhost:3100" })).toBe(false);
    expect(secureCookies({ NODE_ENV: "production" })).toBe(false);
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
  it("follow SECURE_COOKIES when it is set", () => {
    expect(secureCookies({ NODE_ENV: "production", ROOT_DOMAIN: "localhost:3100", SECURE_COOKIES: "true" })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", ROOT_DOMAIN: "zainhms.app", SECURE_COOKIES: "false" })).toBe(false);
    expect(secureCookies({ NODE_ENV: "development", SECURE_COOKIES: "1" })).toBe(true);
  });
});
