// A real HTTP server around the app's tRPC route handler, and tRPC clients that talk to it with a chosen Host
// header and cookie — the requests a browser on <code>.<root> would send. (Node cannot resolve *.localhost, and
// its fetch ignores Host overrides, hence http.request against 127.0.0.1.)
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import { handleTrpc } from "@/app/api/trpc/[trpc]/route";
import { stampClientAddress, trustedProxies } from "../http/client-address";
import type { AppRouter } from "../routers/_app";

export type ApiServer = { port: number; close(): Promise<void> };

export async function startApiServer(): Promise<ApiServer> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    // the address is decided at the socket exactly as the app's server does it (scripts/start.ts)
    stampClientAddress(req, trustedProxies());
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
    });
    const response = await handleTrpc(request);
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** fetch through http.request to 127.0.0.1:port with the given Host header */
export function hostFetch(port: number, host: string, cookie?: string): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input.toString() : input.url);
    const body = init?.body ? String(init.body) : undefined;
    return new Promise<Response>((resolve, reject) => {
      const headers: Record<string, string> = { host };
      new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
      if (cookie) headers.cookie = cookie;
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path: url.pathname + url.search,
          method: init?.method ?? "GET",
          headers,
          agent: keepAlive,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            const h = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") h.set(k, v);
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers: h }));
          });
        },
      );
      req.on("error", reject);
      if (body) req.write(body);
      req.end();
    });
  }) as typeof fetch;
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function apiClient(port: number, host: string, cookie?: string, headers?: Record<string, string>) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `http://${host}/api/trpc`,
        transformer: superjson,
        fetch: hostFetch(port, host, cookie),
        headers: headers ?? {},
      }),
    ],
  });
}
