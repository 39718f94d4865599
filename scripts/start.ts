// `pnpm start`: the production server. Next's request handler inside a small Node HTTP server that decides the
// client's address at the socket (server/http/client-address.ts: TRUSTED_PROXIES), so no client can choose the address
// that throttling and the audit logs record. Listens on PORT (default 3000), every interface.
import http from "node:http";
import next from "next";
import { stampClientAddress, trustedProxies } from "../server/http/client-address";

const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log("Usage: pnpm start\nServes the production build (pnpm build first) on PORT (default 3000).");
  process.exit(0);
}
const port = Number(process.env.PORT || 3000);
const trusted = trustedProxies();

const app = next({ dev: false, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  stampClientAddress(req, trusted);
  void handle(req, res);
});
server.listen(port, () => console.log(`▲ Zain HMS listening on port ${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
