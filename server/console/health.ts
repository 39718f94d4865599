// System health for the console: the main database, and every hospital database reachable and at the latest
// schema; migrating one hospital or all of them from the UI (the same migration as `pnpm db:provision`).
import { asc, count } from "drizzle-orm";
import { control, driver } from "@/db";
import { migrationsOf } from "@/db/driver";
import type { PlatformCtx } from "../context";
import { mainMigration } from "../tenancy/main-db";
import { migrateHospital } from "../tenancy/provision";
import { auditConsole, findHospital } from "./context";
import { latestTenantVersion, mapBounded, probeHospital } from "./tenant-facts";

const h = control.hospitals;

async function mainHealth(ctx: PlatformCtx) {
  const started = Date.now();
  try {
    await ctx.main.select({ n: count() }).from(h);
    const migration = await mainMigration();
    return {
      reachable: true,
      latencyMs: Date.now() - started,
      schemaVersion: migration.version,
      latestSchemaVersion: migrationsOf("control", driver().name).length,
      error: null,
    };
  } catch (err) {
    return {
      reachable: false,
      latencyMs: Date.now() - started,
      schemaVersion: null,
      latestSchemaVersion: migrationsOf("control", driver().name).length,
      error: (err as Error).message,
    };
  }
}

export async function systemHealth(ctx: PlatformCtx) {
  const main = await mainHealth(ctx);
  const latest = latestTenantVersion();
  if (!main.reachable)
    return { checkedAt: new Date(), dialect: driver().name, main, latestSchemaVersion: latest, hospitals: [] };
  const rows = await ctx.main
    .select({ code: h.code, name: h.name, status: h.status, lastMigratedAt: h.lastMigratedAt })
    .from(h)
    .orderBy(asc(h.code));
  const hospitals = await mapBounded(rows, async (row) => {
    const started = Date.now();
    const probe = await probeHospital(row.code, row.status);
    const schemaVersion = probe.reachable ? probe.schemaVersion : null;
    return {
      ...row,
      reachable: probe.reachable,
      latencyMs: Date.now() - started,
      schemaVersion,
      upToDate: schemaVersion !== null && schemaVersion >= latest,
      error: probe.reachable ? null : probe.error,
    };
  });
  return { checkedAt: new Date(), dialect: driver().name, main, latestSchemaVersion: latest, hospitals };
}

export type MigrationOutcome =
  | { code: string; ok: true; applied: number; version: number; completedProvisioning: boolean }
  | { code: string; ok: false; error: string };

async function migrateOne(ctx: PlatformCtx, code: string): Promise<MigrationOutcome> {
  const row = await findHospital(ctx, code);
  try {
    const r = await migrateHospital(row.code);
    await auditConsole(ctx, "system.migrate", {
      hospital: { id: row.id, code: row.code },
      target: { type: "hospital", id: row.id },
      detail: { applied: r.applied, version: r.version, completedProvisioning: r.completedProvisioning },
    });
    return {
      code: row.code,
      ok: true,
      applied: r.applied,
      version: r.version,
      completedProvisioning: r.completedProvisioning,
    };
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 300);
    await auditConsole(ctx, "system.migrate", {
      outcome: "FAILURE",
      hospital: { id: row.id, code: row.code },
      target: { type: "hospital", id: row.id },
      detail: { error },
    });
    return { code: row.code, ok: false, error };
  }
}

/** migrates one hospital (`code`) or every hospital; a failing hospital is reported and does not stop the others */
export async function migrateHospitals(ctx: PlatformCtx, code?: string) {
  const codes = code
    ? [code]
    : (await ctx.main.select({ code: h.code }).from(h).orderBy(asc(h.code))).map((r) => r.code);
  const results = await mapBounded(codes, (c) => migrateOne(ctx, c), 2);
  return { results, failed: results.filter((r) => !r.ok).length };
}
