import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { control, driver, tenant, type DbHandle } from "@/db";
import { newId } from "@/db/id";
import { defaultHospitalSettings } from "../../shared/hospitals/settings-schema";
import { uniqueCode } from "../testing/fixtures";
import { openHospitalDatabase, readTenantCode, registryCapacity } from "./index";
import { mainDb } from "./main-db";
import { TenantRegistry } from "./registry";

/** a hospital with a database and its meta row, without an admin account (fast, for volume tests) */
async function bareHospital(code: string, marker: number) {
  const main = await mainDb();
  const now = new Date();
  await main.insert(control.hospitals).values({
    id: newId(),
    code,
    name: code,
    email: "x@y.test",
    plan: "ENTERPRISE",
    status: "ACTIVE",
    subscriptionStartsAt: now,
    settings: defaultHospitalSettings(code),
    createdAt: now,
    updatedAt: now,
  });
  await driver().createTenant(code, null);
  const h = await driver().openTenant(code, null);
  try {
    await h.db
      .insert(tenant.meta)
      .values({ id: 1, hospitalCode: code, schemaVersion: 1, createdAt: now, migratedAt: now });
    await h.db.insert(tenant.counters).values({ name: "marker", value: marker });
  } finally {
    await h.close();
  }
}

describe(`tenant registry on real databases (${driver().name})`, () => {
  it(
    "300 hospitals with a cap of 50: never more than 50 open, every read answers from its own hospital",
    { timeout: 300_000 },
    async () => {
      const codes = Array.from({ length: 300 }, () => uniqueCode("R"));
      for (let i = 0; i < codes.length; i += 10)
        await Promise.all(codes.slice(i, i + 10).map((c, j) => bareHospital(c, i + j)));

      let open = 0;
      let maxOpen = 0;
      const counting = async (code: string): Promise<DbHandle> => {
        const h = await openHospitalDatabase(code);
        open++;
        maxOpen = Math.max(maxOpen, open);
        return {
          db: h.db,
          close: async () => {
            await h.close();
            open--;
          },
        };
      };
      const registry = new TenantRegistry(50, counting);
      let reads = 0;
      let next = 0;
      const order = Array.from({ length: 1500 }, (_, i) => (i * 7919) % codes.length); // every hospital, shuffled, 5 times
      async function worker() {
        while (next < order.length) {
          const idx = order[next++]!;
          const code = codes[idx]!;
          await registry.with(code, async (db) => {
            expect(await readTenantCode(db)).toBe(code);
            const [m] = await db
              .select({ v: tenant.counters.value })
              .from(tenant.counters)
              .where(eq(tenant.counters.name, "marker"));
            expect(m?.v).toBe(idx);
            reads++;
          });
        }
      }
      await Promise.all(Array.from({ length: 64 }, worker));
      expect(reads).toBe(1500);
      expect(maxOpen).toBeLessThanOrEqual(50);
      expect(registry.stats().peak).toBeLessThanOrEqual(50);
      await registry.closeAll();
      expect(open).toBe(0);
    },
  );

  it("Postgres: the process-wide registry stays within the connection budget", () => {
    if (driver().name !== "pg") return expect(registryCapacity()).toBeGreaterThan(0);
    const perPool = Number(process.env.PG_POOL_MAX ?? 3);
    const budget = Number(process.env.PG_CONNECTION_BUDGET ?? 60);
    expect(registryCapacity() * perPool).toBeLessThanOrEqual(budget);
  });
});
