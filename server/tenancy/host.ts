// parseHost: the only reader of Host headers. Used by proxy.ts (routing) and the tRPC context / pages (authority).
//   <code>.<root>  → hospital (code upper-cased)     admin.<root> → admin
//   <root>, www.<root>, an IP address → root (landing page)
//   reserved, malformed, foreign → invalid (404)
import { RESERVED_SUBDOMAINS } from "@/shared/codes";
import { normalizeHospitalCode } from "./codes";

export type ParsedHost =
  | { kind: "hospital"; code: string; host: string }
  | { kind: "admin"; host: string }
  | { kind: "root"; host: string }
  | { kind: "invalid"; reason: string };

export { RESERVED_SUBDOMAINS };

const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** splits "name:port" / "[v6]:port"; null when malformed */
function splitHostPort(raw: string): { name: string; port: string | null } | null {
  if (raw.startsWith("[")) {
    const end = raw.indexOf("]");
    if (end < 0) return null;
    const rest = raw.slice(end + 1);
    if (rest && !/^:\d{1,5}$/.test(rest)) return null;
    return { name: raw.slice(0, end + 1), port: rest ? rest.slice(1) : null };
  }
  const parts = raw.split(":");
  if (parts.length > 2) return null;
  if (parts.length === 2 && !/^\d{1,5}$/.test(parts[1]!)) return null;
  return { name: parts[0]!, port: parts[1] ?? null };
}

export function parseHost(
  hostHeader: string | null | undefined,
  rootDomain = process.env.ROOT_DOMAIN || "localhost:3000",
): ParsedHost {
  if (typeof hostHeader !== "string") return { kind: "invalid", reason: "no host" };
  const raw = hostHeader.trim().toLowerCase();
  if (raw.length === 0 || raw.length > 253) return { kind: "invalid", reason: "empty or too long" };
  const hp = splitHostPort(raw);
  const root = splitHostPort(rootDomain.trim().toLowerCase());
  if (!hp || !root) return { kind: "invalid", reason: "malformed host" };
  const name = hp.name.endsWith(".") ? hp.name.slice(0, -1) : hp.name;
  const rootName = root.name;
  const host = raw;

  if (IPV4.test(name) || name.startsWith("[")) return { kind: "root", host };
  if (!HOSTNAME.test(name)) return { kind: "invalid", reason: "malformed host" };
  if (name === rootName || name === `www.${rootName}`) return { kind: "root", host };
  if (!name.endsWith(`.${rootName}`)) return { kind: "invalid", reason: "not under the root domain" };

  let label = name.slice(0, -(rootName.length + 1));
  if (label.startsWith("www.")) label = label.slice(4);
  if (label.includes(".")) return { kind: "invalid", reason: "nested subdomain" };
  if (label === "admin") return { kind: "admin", host };
  if ((RESERVED_SUBDOMAINS as readonly string[]).includes(label))
    return { kind: "invalid", reason: "reserved subdomain" };
  const code = normalizeHospitalCode(label);
  if (!code) return { kind: "invalid", reason: "not a hospital code" };
  return { kind: "hospital", code, host };
}

/** the URL of a host kind, for links and redirects (scheme from the root domain: http for localhost) */
export function hostUrl(
  target: { kind: "hospital"; code: string } | { kind: "admin" } | { kind: "root" },
  rootDomain = process.env.ROOT_DOMAIN || "localhost:3000",
): string {
  const root = rootDomain.toLowerCase();
  const scheme = /^(localhost|127\.|\[::1\])/.test(root) || root.includes(".localhost") ? "http" : "https";
  const sub = target.kind === "hospital" ? `${target.code.toLowerCase()}.` : target.kind === "admin" ? "admin." : "";
  return `${scheme}://${sub}${root}`;
}
