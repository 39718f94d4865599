// Whether session cookies are `Secure` (and named with the `__Secure-` prefix). Decided by an explicit setting, never
// by the forwarded protocol of a request: SECURE_COOKIES=true|false, by default true in production unless the
// ROOT_DOMAIN is a localhost domain (local production builds and the e2e suite run on http://*.localhost).
// next-auth writes the cookie under SESSION_COOKIE (server/auth/next-auth.ts) and the app reads the same name
// (sessionIdFromCookieHeader in server/auth/sessions.ts).

type Env = Record<string, string | undefined>;

export function secureCookies(env: Env = process.env): boolean {
  const set = env.SECURE_COOKIES?.trim().toLowerCase();
  if (set === "true" || set === "1") return true;
  if (set === "false" || set === "0") return false;
  if (env.NODE_ENV !== "production") return false;
  const root = (env.ROOT_DOMAIN || "localhost:3000").trim().toLowerCase().replace(/:\d+$/, "");
  const local = root === "localhost" || root.endsWith(".localhost") || root === "127.0.0.1" || root === "[::1]";
  return !local;
}

/** the session cookie's name for the current setting */
export function sessionCookieName(secure = secureCookies()): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
