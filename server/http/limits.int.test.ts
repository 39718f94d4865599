// The API's request limits through the real route handler over real HTTP: a batch of more than 20 calls and a body
// over 1 MB (declared by Content-Length, or streamed without one) are refused as a whole with the catalogue's
// appCode, before any procedure runs; every API answer is sent `Cache-Control: no-store`.
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver } from "@/db";
import { handleTrpc } from "@/app/api/trpc/[trpc]/route";
import { makeHospital, type TestHospital } from "../testing/fixtures";
import { hostFetch, startApiServer, type ApiServer } from "../testing/http";
import type { AppRouter } from "../routers/_app";
import { MAX_BATCH_CALLS, MAX_BODY_BYTES } from "./trpc-limits";

let server: ApiServer;
let a: TestHospital;

beforeAll(async () => {
  server = await startApiServer();
  a = await makeHospital();
}, 120_000);
afterAll(() => server.close());

type ErrorBody = {
  error: { json: { message: string; data: { appCode: string; httpStatus: number; params?: object } } };
};

const batchPath = (n: number) =>
  `/api/trpc/${Array.from({ length: n }, () => "account.me").join(",")}?batch=1&input=${encodeURIComponent("{}")}`;

describe(`API request limits (${driver().name})`, () => {
  it("a batch of more than 20 calls is refused as a whole with BATCH_TOO_LARGE", async () => {
    const res = await hostFetch(server.port, a.host)(`http://127.0.0.1${batchPath(1400)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data).toMatchObject({ appCode: "BATCH_TOO_LARGE", params: { max: MAX_BATCH_CALLS } });
    expect((await hostFetch(server.port, a.host)(`http://127.0.0.1${batchPath(21)}`)).status).toBe(400);
  });

  it("a batch of 20 is answered call by call, and the batching client sees the code on every call beyond", async () => {
    const res = await hostFetch(server.port, a.host)(`http://127.0.0.1${batchPath(20)}`);
    const items = (await res.json()) as ErrorBody["error"][];
    expect(items).toHaveLength(20);
    expect(items.every((i) => (i as unknown as ErrorBody).error.json.data.appCode === "UNAUTHORIZED")).toBe(true);
    expect(res.headers.get("cache-control")).toBe("no-store");

    const client = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: `http://${a.host}/api/trpc`,
          transformer: superjson,
          maxItems: 100,
          fetch: hostFetch(server.port, a.host),
        }),
      ],
    });
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        client.account.me.query().then(
          () => "OK",
          (err: unknown) =>
            err instanceof TRPCClientError ? (err.data as { appCode?: string }).appCode : `other: ${String(err)}`,
        ),
      ),
    );
    expect(new Set(results)).toEqual(new Set(["BATCH_TOO_LARGE"]));
  });

  it("a body over 1 MB is refused by its Content-Length with 413 REQUEST_TOO_LARGE", async () => {
    const big = JSON.stringify({ note: "x".repeat(MAX_BODY_BYTES + 10) });
    const res = await hostFetch(server.port, a.host)(`http://127.0.0.1/api/trpc/account.me`, {
      method: "POST",
      body: big,
      headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(big)) },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data).toMatchObject({ appCode: "REQUEST_TOO_LARGE", params: { maxKb: 1024 } });
  });

  it("a streamed body without Content-Length is refused once it passes 1 MB", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const req = new Request(`http://${a.host}/api/trpc/account.me`, {
      method: "POST",
      headers: { host: a.host, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(req.headers.get("content-length")).toBeNull();
    const res = await handleTrpc(req);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.json.data.appCode).toBe("REQUEST_TOO_LARGE");
    // reading stopped soon after the limit, not at the end of the stream
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
  });

  it("a body under the limit reaches the procedure", async () => {
    const res = await hostFetch(server.port, a.host)(`http://127.0.0.1/api/trpc/account.me`, {
      method: "POST",
      body: JSON.stringify({ json: null }),
      headers: { "content-type": "application/json" },
    });
    // account.me is a query: tRPC itself answers (no session, wrong method), not the size limit
    const body = (await res.json()) as ErrorBody;
    expect(body.error.json.data.appCode).not.toBe("REQUEST_TOO_LARGE");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
