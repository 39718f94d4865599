// next-auth (v4) configuration: the credentials flow at /api/auth/callback/credentials, a JWT cookie that carries
// only our session id. The cookie is host-only (no Domain attribute), so it never travels to another subdomain;
// and even a copied cookie is refused elsewhere, because every request re-checks the session against its host.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIpOf } from "../http/client-address";
import { log } from "../log";
import { parseHost } from "../tenancy/host";
import { secureCookies, sessionCookieName } from "./cookies";
import { authSecret } from "./secret";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { signIn } from "./sign-in";

// next-auth follows the request's host for its URLs (every hospital has its own)
process.env.AUTH_TRUST_HOST ??= "true";

type Headers = Record<string, string | string[] | undefined>;
const header = (h: Headers | undefined, name: string) => {
  const v = h?.[name];
  return Array.isArray(v) ? v[0] : v;
};

export function authOptions(): NextAuthOptions {
  const secure = secureCookies();
  return {
    secret: authSecret(),
    // Secure, __Secure-/__Host- prefixed cookies by the explicit setting, whatever protocol a request claims
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(secure),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/auth/login", error: "/auth/login", signOut: "/auth/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Zain HMS",
        credentials: {
          username: { label: "Username", type: "text" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
        },
        async authorize(credentials, req) {
          const headers = req.headers as Headers | undefined;
          // an unexpected failure (the database briefly unavailable) must not put its text, or its SQL, into the
          // sign-in page's address: it is logged (redacted) and the form says "try again"
          const result = await signIn({
            host: parseHost(header(headers, "host")),
            username: credentials?.username ?? "",
            password: credentials?.password ?? "",
            code: credentials?.code || undefined,
            ip: clientIpOf({ get: (name) => header(headers, name) ?? null }),
            userAgent: header(headers, "user-agent") ?? "",
          }).catch((err: unknown) => {
            log.error({ err }, "sign-in failed unexpectedly");
            return { ok: false as const, error: "UNAVAILABLE" as const };
          });
          // the error text travels to the form as ?error=…; it is one of a few fixed codes
          if (!result.ok) throw new Error(result.error);
          return {
            id: result.userId,
            name: result.name,
            sid: result.sessionId,
            role: result.role,
            hospitalCode: result.hospitalCode,
          };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as { sid?: string; role?: string; hospitalCode?: string | null };
          token.sid = u.sid;
          token.role = u.role;
          token.hospitalCode = u.hospitalCode ?? null;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, sid: token.sid, role: token.role, hospitalCode: token.hospitalCode };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid, "signed out");
      },
    },
  };
}
