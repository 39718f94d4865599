// /api/health through its real route handler: `{ ok }` for anyone and on unknown hosts; the operators' summary only
// with `Authorization: Bearer $METRICS_TOKEN` (never when the variable is unset); a down database never shows its
// error or SQL.
import { afterEach, describe, expect, it, vi } from "vitest";
import { driver } from "@/db";
import { ADMIN_HOST } from "@/server/testing/fixtures";
import { GET } from "./route";

const state = vi.hoisted(() => ({ failing: false }));
vi.mock("@/server/tenancy/main-db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/tenancy/main-db")>();
  return {
    ...original,
    mainDb: async () => {
      if (state.failing)
        throw new Error('relation "hospitals" does not exist: SELECT "status", count(*) FROM "hospitals"');
      return original.mainDb();
    },
  };
});

const TOKEN = "test-metrics-token-0123456789";
const health = (host: string, authorization?: string) =>
  GET(new Request(`http://${host}/api/health`, { headers: { host, ...(authorization ? { authorization } : {}) } }));

afterEach(() => {
  state.failing = false;
  delete process.env.METRICS_TOKEN;
});

describe(`health (${driver().name})`, () => {
  it("answers only { ok } without the token, with a wrong one, or when no token is configured", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    for (const auth of [undefined, "Bearer wrong", `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const res = await health(ADMIN_HOST, auth);
      expect(res.status).toBe(200);
      expect(await res.json(), String(auth)).toEqual({ ok: true });
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    delete process.env.METRICS_TOKEN;
    expect(await (await health(ADMIN_HOST, "Bearer ")).json()).toEqual({ ok: true });
    expect(await (await health(ADMIN_HOST, "Bearer undefined")).json()).toEqual({ ok: true });
  });

  it("gives the summary with the token on a platform host, never on an unknown host", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const res = await health(ADMIN_HOST, `Bearer ${TOKEN}`);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, database: { dialect: driver().name, main: "reachable" } });
    expect(body.hospitals.total).toBeGreaterThanOrEqual(0);
    expect(await (await health("evil.example", `Bearer ${TOKEN}`)).json()).toEqual({ ok: true });
  });

  it("a down database answers 503 without its error, even with the token", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    state.failing = true;
    const anonymous = await health(ADMIN_HOST);
    expect(anonymous.status).toBe(503);
    expect(await anonymous.json()).toEqual({ ok: false });
    const operator = await health(ADMIN_HOST, `Bearer ${TOKEN}`);
    expect(operator.status).toBe(503);
    const text = await operator.text();
    expect(text).not.toMatch(/SELECT|hospitals"|does not exist/);
    expect(JSON.parse(text)).toMatchObject({ ok: false, database: { main: "unreachable" } });
  });
});
