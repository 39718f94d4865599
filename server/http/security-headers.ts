// The Content-Security-Policy of every answer, with a fresh nonce per request. proxy.ts sets it on the response and
// passes it (and the nonce, as `x-nonce`) on the request, so Next puts the nonce on its own scripts. Production is
// strict: scripts only with the nonce (and what they load, 'strict-dynamic'); `next dev` also needs 'unsafe-eval'
// (React refresh) and its websocket. Styles keep 'unsafe-inline' (Tailwind and Radix set inline styles).

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS, sent by the production server (scripts/start.ts) when the deployment is served over HTTPS */
export const HSTS = "max-age=63072000; includeSubDomains";
