// Limits of an API request, checked before tRPC parses it: the number of calls in a batch and the body's size.
// A refused request gets a whole-request error in tRPC's own shape with the catalogue's appCode.
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError, getErrorShape, transformTRPCResponse } from "@trpc/server/unstable-core-do-not-import";
import { AppError } from "../errors";
import { appRouter } from "../routers/_app";

/** at most this many calls in one batched request */
export const MAX_BATCH_CALLS = 20;
/** a request body over this many bytes is refused (by its Content-Length, and by its actual size when streamed) */
export const MAX_BODY_BYTES = 1024 * 1024;

/** a whole-request error in tRPC's own shape (formatted, transformed), carrying the catalogue's appCode */
function refuse(error: AppError): Response {
  const trpcError = new TRPCError({ code: error.trpcCode, message: error.message, cause: error });
  const config = appRouter._def._config;
  const shape = getErrorShape({
    config,
    error: trpcError,
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return new Response(JSON.stringify(transformTRPCResponse(config, { error: shape })), {
    status: getHTTPStatusCodeFromError(trpcError),
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

const tooLarge = () => new AppError("REQUEST_TOO_LARGE", { params: { maxKb: MAX_BODY_BYTES / 1024 } });

/** the body read up to the limit, or null when it is larger */
async function readCapped(body: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function limitTrpcRequest(req: Request): Promise<Request | Response> {
  const url = new URL(req.url);
  if (url.searchParams.get("batch") === "1") {
    const calls = url.pathname.replace(/^\/api\/trpc\/?/, "").split(",").length;
    if (calls > MAX_BATCH_CALLS) return refuse(new AppError("BATCH_TOO_LARGE", { params: { max: MAX_BATCH_CALLS } }));
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return refuse(tooLarge());
  if (!req.body) return req;
  const body = await readCapped(req.body);
  if (!body) return refuse(tooLarge());
  return new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
}
