// Operator endpoints (the detailed health view) open only to `Authorization: Bearer $METRICS_TOKEN`. With the
// variable unset nobody gets them. Compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s).digest();

export function hasMetricsToken(headers: Headers, token = process.env.METRICS_TOKEN): boolean {
  if (!token) return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!m) return false;
  return timingSafeEqual(digest(m[1]!), digest(token));
}
