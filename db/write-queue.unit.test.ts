import { describe, expect, it } from "vitest";
import { WriteQueue } from "./write-queue";

describe("WriteQueue", () => {
  it("runs holders one at a time, in arrival order", async () => {
    const q = new WriteQueue();
    const order: number[] = [];
    let inside = 0;
    let maxInside = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        q.run(async () => {
          inside++;
          maxInside = Math.max(maxInside, inside);
          await new Promise((r) => setTimeout(r, 1));
          order.push(i);
          inside--;
        }),
      ),
    );
    expect(maxInside).toBe(1);
    expect(order).toEqual([...Array(20).keys()]);
  });

  it("releases the turn when a holder throws", async () => {
    const q = new WriteQueue();
    await expect(q.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(q.run(async () => 42)).resolves.toBe(42);
  });

  it("gives up waiting after its timeout without blocking later holders forever", async () => {
    const q = new WriteQueue(50);
    const release = await q.acquire();
    await expect(q.acquire()).rejects.toThrow(/waited more than/);
    release();
    await expect(q.run(async () => "next")).resolves.toBe("next");
  });
});
