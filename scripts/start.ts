// `pnpm start`: the production server. Next's request handler inside a small Node HTTP server that decides the
// client's address at the socket (server/http/client-address.ts: TRUSTED_PROXIES), so no client can choose the address
// that throttling and the audit logs record. Listens on PORT (default 3000), every interface.
import http from "node:http";
import next from "next";
import { secureCookies } from "../server/auth/cookies";
import { stampClientAddress, trustedProxies } from "../server/http/client-address";
import { HSTS } from "../server/http/security-headers";

const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log("Usage: pnpm start\nServes the production build (pnpm build first) on PORT (default 3000).");
  process.exit(0);
}
const port = Number(process.env.PORT || 3000);
const trusted = trustedProxies();
// HSTS on every answer when the deployment is served over HTTPS: the same setting as the Secure session cookies
// (SECURE_COOKIES; by default on unless ROOT_DOMAIN is a localhost domain, as in local builds and the e2e suite)
const hsts = secureCookies();

const app = next({ dev: false, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  stampClientAddress(req, trusted);
  if (hsts) res.setHeader("strict-transport-security", HSTS);
  void handle(req, res);
});
server.listen(port, () => console.log(`▲ Zain HMS listening on port ${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // queued bulk-read entries of the PHI access log are written before the process ends (server/audit/phi.ts)
  process.once(signal, () =>
    server.close(() => {
      const flush = (globalThis as Record<symbol, unknown>)[Symbol.for("zain.flushPhiReads")];
      void (typeof flush === "function" ? (flush as () => Promise<void>)() : Promise.resolve()).finally(() =>
        process.exit(0),
      );
    }),
  );
}
