// The client's address, decided once at the socket (ARCHITECTURE "Decisions": client address). Forwarding headers
// are believed only from the proxies named in TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated; default
// none): walking X-Forwarded-For from the right, the first hop that is not a trusted proxy is the client. The answer
// travels to Next in one internal header, which is always removed from what the client sent; everything reads the
// address from that header only (clientIpOf).
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

export const CLIENT_IP_HEADER = "x-zain-client-ip";

/** the proxies whose forwarding headers are believed */
export function trustedProxies(spec: string | undefined = process.env.TRUSTED_PROXIES): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addr, bits] = entry.split("/");
    const type = isIP(addr ?? "") === 6 ? "ipv6" : "ipv4";
    if (!isIP(addr ?? "")) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(addr!, type);
    else list.addSubnet(addr!, Number(bits), type);
  }
  return list;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an address → null */
export function normalizeAddress(value: string | undefined): string | null {
  let a = (value ?? "").trim();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"));
  if (a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a : null;
}

const isTrusted = (trusted: BlockList, addr: string) => trusted.check(addr, isIP(addr) === 6 ? "ipv6" : "ipv4");

/** the client behind the socket: the right-most X-Forwarded-For hop not sent by a trusted proxy */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  let client = normalizeAddress(socketAddress);
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").reverse();
  for (const hop of hops) {
    if (!isTrusted(trusted, client)) break;
    const next = normalizeAddress(hop);
    if (!next) break; // a malformed hop: stop at the last proxy we trust
    client = next;
  }
  return client;
}

/** at the socket: drop any client-sent copy of the internal header and set the decided address */
export function stampClientAddress(req: IncomingMessage, trusted: BlockList): void {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
}

/** the client's address for a request that passed the app's server ("unknown" under `next dev`) */
export function clientIpOf(headers: { get(name: string): string | null } | undefined): string {
  return (headers?.get(CLIENT_IP_HEADER) ?? "unknown").slice(0, 64);
}
