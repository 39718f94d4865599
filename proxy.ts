// Every request passes here first. The Host decides which part of the app answers:
//   <code>.<ROOT_DOMAIN> → app/hospital/*   admin.<ROOT_DOMAIN> → app/console/*   <ROOT_DOMAIN> → app/site/*
// Anything else is 404. API routes keep their path (they parse the host again themselves).
import { NextResponse, type NextRequest } from "next/server";
import { parseHost } from "@/server/tenancy/host";

const INTERNAL = { hospital: "/hospital", admin: "/console", root: "/site" } as const;

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname === "/api/health") return NextResponse.next();
  const host = parseHost(req.headers.get("host"));
  if (host.kind === "invalid")
    return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = `${INTERNAL[host.kind]}${pathname === "/" ? "" : pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // everything except Next's own assets and files served from public/
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
