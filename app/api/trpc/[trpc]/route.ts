import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_BATCH_CALLS, limitTrpcRequest } from "@/server/http/trpc-limits";
import { log } from "@/server/log";
import { appRouter } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

export const dynamic = "force-dynamic";

export async function handleTrpc(req: Request): Promise<Response> {
  const checked = await limitTrpcRequest(req);
  if (checked instanceof Response) return checked;
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: checked,
    router: appRouter,
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: () => createContext({ headers: checked.headers }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ path, err: error.cause ?? error }, "trpc internal error");
    },
  });
  // answers carry patient data: never stored by a browser or a shared cache
  const out = new Response(res.body, res);
  out.headers.set("cache-control", "no-store");
  return out;
}

export { handleTrpc as GET, handleTrpc as POST };
