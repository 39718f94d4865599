// The PHI log anchored outside the hospital's database (security review item 7): the main database keeps each
// hospital's last (seq, hash), moved forward only. Deleting the log's tail in the hospital database — even with the
// counter wound back so the chain itself looks whole — is reported as truncation; a restore re-anchors.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver, tenant, type Db } from "@/db";
import { withHospital } from "../tenancy";
import { backupHospital, restoreHospital } from "../tenancy/backup";
import { mainDb } from "../tenancy/main-db";
import { startMaintenanceWatcher, stopMaintenanceWatcher } from "../tenancy/maintenance";
import { makeHospital, type TestHospital } from "../testing/fixtures";
import { anchorPhiLog, recordPhiAccess, verifyPhiChain } from "./phi";

const actor = { userId: "01900000-0000-7000-8000-000000000002", username: "anchor", role: "NURSE" as const, ip: "::1" };
const log = tenant.phiAccessLog;
let dir: string;

beforeAll(async () => {
  await startMaintenanceWatcher({ intervalMs: 250 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zain-anchor-"));
});
afterAll(async () => {
  await stopMaintenanceWatcher();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function write(h: TestHospital, db: Db, n: number) {
  const main = await mainDb();
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      recordPhiAccess(tx, actor, { action: "patient.view", entityType: "patient", entityId: `e${i}` }),
    );
    await anchorPhiLog({ db, main, hospital: { id: h.id } });
  }
}
async function verify(h: TestHospital, db: Db) {
  return verifyPhiChain({ db, main: await mainDb(), hospital: { id: h.id } });
}
async function checkpoint(h: TestHospital) {
  const c = control.phiCheckpoints;
  const [row] = await (await mainDb()).select().from(c).where(eq(c.hospitalId, h.id));
  return row;
}

describe(`PHI log checkpoint in the main database (${driver().name})`, () => {
  it("follows the log; an untouched log verifies", async () => {
    const h = await makeHospital();
    await withHospital(h.code, async (db) => {
      await write(h, db, 5);
      expect(await checkpoint(h)).toMatchObject({ seq: 5 });
      expect(await verify(h, db)).toEqual({ ok: true, entries: 5, problems: [] });
    });
  });

  it("reports truncation when the tail is deleted, even with the counter wound back", async () => {
    const h = await makeHospital();
    await withHospital(h.code, async (db) => {
      await write(h, db, 6);
      await db.delete(log).where(gt(log.seq, 3));
      await db.update(tenant.counters).set({ value: 3 }).where(eq(tenant.counters.name, "phi_access_log"));
      expect((await verifyPhiChain({ db })).ok).toBe(true); // the hospital database alone cannot tell
      const report = await verify(h, db);
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual({ seq: 6, problem: expect.stringMatching(/^truncated/) });
      // the checkpoint never moves backwards
      await anchorPhiLog({ db, main: await mainDb(), hospital: { id: h.id } });
      expect(await checkpoint(h)).toMatchObject({ seq: 6 });
      // nor does re-filling the log with new entries hide it: entry 6 now differs from the anchored one
      await write(h, db, 3);
      const again = await verify(h, db);
      expect(again.ok).toBe(false);
      expect(again.problems.some((p) => /^truncated/.test(p.problem))).toBe(true);
    });
  });

  it("a restore re-anchors: the rewound log verifies, and later entries move the checkpoint on", async () => {
    const h = await makeHospital();
    const file = path.join(dir, `${h.code}.backup`);
    await withHospital(h.code, (db) => write(h, db, 3));
    await backupHospital(h.code, file);
    await withHospital(h.code, (db) => write(h, db, 4));
    expect(await checkpoint(h)).toMatchObject({ seq: 7 });
    await restoreHospital(h.code, file, { pollMs: 20 });
    expect(await checkpoint(h)).toMatchObject({ seq: 3 });
    await withHospital(h.code, async (db) => {
      expect(await verify(h, db)).toEqual({ ok: true, entries: 3, problems: [] });
      await write(h, db, 2);
      expect(await checkpoint(h)).toMatchObject({ seq: 5 });
      expect(await verify(h, db)).toEqual({ ok: true, entries: 5, problems: [] });
    });
  });
});
