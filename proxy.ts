// Every request passes here first. The Host decides which part of the app answers:
//   <code>.<ROOT_DOMAIN> → app/hospital/*   admin.<ROOT_DOMAIN> → app/console/*   <ROOT_DOMAIN> → app/site/*
// Anything else is 404. API routes keep their path (they parse the host again themselves).
// Every answer gets a Content-Security-Policy with a fresh nonce (server/http/security-headers.ts); the request
// carries it too, so Next puts the nonce on its scripts. Hospital pages and the API are never cached.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/server/http/security-headers";
import { parseHost } from "@/server/tenancy/host";

const INTERNAL = { hospital: "/hospital", admin: "/console", root: "/site" } as const;

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const secure = (res: NextResponse, noStore = false) => {
    res.headers.set("content-security-policy", csp);
    if (noStore) res.headers.set("cache-control", "no-store");
    return res;
  };

  if (pathname === "/api/health") return secure(NextResponse.next({ request: { headers } }), true);
  const host = parseHost(req.headers.get("host"));
  if (host.kind === "invalid")
    return secure(new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
  // patient data: the API (its route handler sets it too) and every page of a hospital host
  if (pathname.startsWith("/api/"))
    return secure(NextResponse.next({ request: { headers } }), pathname.startsWith("/api/trpc"));
  const url = req.nextUrl.clone();
  url.pathname = `${INTERNAL[host.kind]}${pathname === "/" ? "" : pathname}`;
  return secure(NextResponse.rewrite(url, { request: { headers } }), host.kind === "hospital");
}

export const config = {
  // everything except Next's own assets and files served from public/
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
