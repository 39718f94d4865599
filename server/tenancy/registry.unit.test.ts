import { describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db";
import { TenantRegistry } from "./registry";

function fakeOpener(delayMs = 1) {
  const state = { opens: 0, closes: 0, open: new Set<string>(), maxOpen: 0 };
  const opener = async (code: string): Promise<DbHandle> => {
    state.opens++;
    await new Promise((r) => setTimeout(r, delayMs));
    if (code === "BROKEN") throw new Error("cannot open");
    state.open.add(code);
    state.maxOpen = Math.max(state.maxOpen, state.open.size);
    return {
      db: { code } as unknown as Db,
      close: async () => {
        await new Promise((r) => setTimeout(r, delayMs));
        state.open.delete(code);
        state.closes++;
      },
    };
  };
  return { state, opener };
}

describe("TenantRegistry", () => {
  it("shares one open among concurrent first requests for a code", async () => {
    const { state, opener } = fakeOpener(20);
    const reg = new TenantRegistry(5, opener);
    const leases = await Promise.all(Array.from({ length: 50 }, () => reg.acquire("AAA")));
    expect(state.opens).toBe(1);
    expect(new Set(leases.map((l) => l.db)).size).toBe(1);
    leases.forEach((l) => l.release());
  });

  it("never holds more than its capacity open, and closes evicted clients", async () => {
    const { state, opener } = fakeOpener();
    const reg = new TenantRegistry(3, opener);
    for (let i = 0; i < 20; i++)
      await reg.with(`H${i}X`, async (db) => expect((db as unknown as { code: string }).code).toBe(`H${i}X`));
    expect(state.maxOpen).toBeLessThanOrEqual(3);
    expect(reg.stats().peak).toBeLessThanOrEqual(3);
    expect(state.closes).toBe(17);
  });

  it("keeps the most recently used and evicts the least recently used", async () => {
    const { state, opener } = fakeOpener();
    const reg = new TenantRegistry(2, opener);
    await reg.with("AAA", async () => {});
    await reg.with("BBB", async () => {});
    await reg.with("AAA", async () => {}); // AAA is now the most recent
    await reg.with("CCC", async () => {}); // evicts BBB
    expect([...state.open].sort()).toEqual(["AAA", "CCC"]);
    expect(state.opens).toBe(3);
  });

  it("never closes a client in use; a full registry waits for a release", async () => {
    const { state, opener } = fakeOpener();
    const reg = new TenantRegistry(2, opener);
    const a = await reg.acquire("AAA");
    const b = await reg.acquire("BBB");
    let cGot = false;
    const c = reg.acquire("CCC").then((l) => {
      cGot = true;
      return l;
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(cGot).toBe(false);
    expect(state.open.has("AAA") && state.open.has("BBB")).toBe(true);
    a.release();
    const cl = await c;
    expect(cGot).toBe(true);
    expect(state.open.has("AAA")).toBe(false);
    expect(state.open.has("BBB")).toBe(true);
    cl.release();
    b.release();
    expect(state.maxOpen).toBeLessThanOrEqual(2);
  });

  it("reports a failed open to every waiter and frees the slot", async () => {
    const { opener } = fakeOpener(10);
    const reg = new TenantRegistry(1, opener);
    const results = await Promise.allSettled([reg.acquire("BROKEN"), reg.acquire("BROKEN")]);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    await reg.with("AAA", async () => {});
    expect(reg.stats().open).toBe(1);
  });

  it("stays within capacity under a concurrent storm over many codes", async () => {
    const { state, opener } = fakeOpener(2);
    const reg = new TenantRegistry(10, opener);
    await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        reg.with(`C${i % 37}XX`, async (db) => {
          await new Promise((r) => setTimeout(r, i % 3));
          expect((db as unknown as { code: string }).code).toBe(`C${i % 37}XX`);
        }),
      ),
    );
    expect(state.maxOpen).toBeLessThanOrEqual(10);
    expect(reg.stats().peak).toBeLessThanOrEqual(10);
  });

  it("block (maintenance) refuses new leases, waits for the ones in use, closes the client; unblock reopens", async () => {
    const { state, opener } = fakeOpener(5);
    const reg = new TenantRegistry(3, opener);
    const inUse = await reg.acquire("AAA");
    let blocked = false;
    const blocking = reg.block("AAA").then(() => (blocked = true));
    await expect(reg.acquire("AAA")).rejects.toMatchObject({ code: "MAINTENANCE", params: { code: "AAA" } });
    await reg.with("BBB", async () => {}); // other hospitals are served as ever
    await new Promise((r) => setTimeout(r, 20));
    expect(blocked).toBe(false); // a request still holds it
    expect(state.open.has("AAA")).toBe(true);
    inUse.release();
    await blocking;
    expect(state.open.has("AAA")).toBe(false);
    expect(reg.isBlocked("AAA")).toBe(true);
    reg.unblock("AAA");
    await reg.with("AAA", async () => {});
    expect(state.opens).toBe(3); // AAA opened afresh after the maintenance
  });

  it("block during a first open waits for it and closes what it opened", async () => {
    const { state, opener } = fakeOpener(20);
    const reg = new TenantRegistry(3, opener);
    const opening = reg.with("AAA", async () => "served");
    await reg.block("AAA");
    expect(await opening).toBe("served");
    expect(state.open.size).toBe(0);
    expect(reg.stats().open).toBe(0);
  });
  it("a full registry with every lease held fails a waiting acquire after the timeout with HOSPITALS_BUSY (503)", async () => {
    const { state, opener } = fakeOpener();
    const reg = new TenantRegistry(2, opener, { waitTimeoutMs: 60 });
    const a = await reg.acquire("AAA");
    const b = await reg.acquire("BBB");
    const started = Date.now();
    const err = await reg.acquire("CCC").catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(err).toMatchObject({ code: "HOSPITALS_BUSY", trpcCode: "SERVICE_UNAVAILABLE" });
    expect(reg.stats()).toMatchObject({ open: 2, leased: 2, waiting: 0 });
    expect(state.open.has("CCC")).toBe(false);
    a.release();
    await reg.with("CCC", async () => {}); // a slot freed: served again
    b.release();
  });

  it("a precheck refuses unknown codes before any slot is taken: nothing opened, evicted or waited for", async () => {
    const { state, opener } = fakeOpener();
    const reg = new TenantRegistry(2, opener, {
      waitTimeoutMs: 1000,
      precheck: async (code) => {
        if (code.startsWith("NO")) throw new Error(`unknown ${code}`);
      },
    });
    await reg.with("AAA", async () => {});
    await reg.with("BBB", async () => {});
    const held = await reg.acquire("AAA");
    const before = reg.stats();
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => reg.acquire(`NO${i}X`)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(reg.stats()).toMatchObject({ open: before.open, peak: before.peak, waiting: 0 });
    expect([...state.open].sort()).toEqual(["AAA", "BBB"]); // the idle BBB was not evicted
    expect(state.opens).toBe(2);
    held.release();
  });
});
