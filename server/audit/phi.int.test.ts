import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { driver, tenant } from "@/db";
import { withHospital } from "../tenancy";
import { makeHospital, type TestHospital } from "../testing/fixtures";
import { recordPhiAccess, verifyPhiChain } from "./phi";

let h: TestHospital;
const actor = {
  userId: "01900000-0000-7000-8000-000000000001",
  username: "auditor",
  role: "DOCTOR" as const,
  ip: "203.0.113.9",
};

async function freshLog(entries = 6) {
  h = await makeHospital();
  await withHospital(h.code, async (db) => {
    for (let i = 0; i < entries; i++) {
      await db.transaction((tx) =>
        recordPhiAccess(tx, actor, {
          action: "patient.view",
          entityType: "patient",
          entityId: `p${i}`,
          patientId: null,
        }),
      );
    }
  });
}
const log = tenant.phiAccessLog;

describe(`PHI access log chain (${driver().name})`, () => {
  beforeAll(() => freshLog());

  it("verifies an untouched chain, also after concurrent appends", async () => {
    await withHospital(h.code, async (db) => {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          db.transaction((tx) =>
            recordPhiAccess(tx, actor, {
              action: "patient.view",
              entityType: "patient",
              entityId: `c${i}`,
              patientId: null,
            }),
          ),
        ),
      );
      const report = await verifyPhiChain({ db });
      expect(report).toEqual({ ok: true, entries: 31, problems: [] });
      const seqs = (await db.select({ seq: log.seq }).from(log).orderBy(asc(log.seq))).map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    });
  });

  it("detects an edited entry", async () => {
    await freshLog();
    await withHospital(h.code, async (db) => {
      await db.update(log).set({ username: "someone-else" }).where(eq(log.seq, 3));
      const report = await verifyPhiChain({ db });
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual({ seq: 3, problem: "contents changed since written" });
    });
  });

  it("detects a deleted entry, in the middle or at the end", async () => {
    await freshLog();
    await withHospital(h.code, async (db) => {
      await db.delete(log).where(eq(log.seq, 4));
      let report = await verifyPhiChain({ db });
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => p.seq)).toContain(5);
      await db.delete(log).where(eq(log.seq, 6));
      report = await verifyPhiChain({ db });
      expect(report.problems.some((p) => /missing at the end/.test(p.problem))).toBe(true);
    });
  });

  it("detects reordered entries", async () => {
    await freshLog();
    await withHospital(h.code, async (db) => {
      // swap the contents of entries 2 and 3 (keeping their positions): the chain links no longer match
      const [e2] = await db.select().from(log).where(eq(log.seq, 2));
      const [e3] = await db.select().from(log).where(eq(log.seq, 3));
      await db.transaction(async (tx) => {
        await tx.update(log).set({ seq: 1000 }).where(eq(log.seq, 2));
        await tx
          .update(log)
          .set({ ...e2!, seq: 3 })
          .where(eq(log.seq, 3));
        await tx
          .update(log)
          .set({ ...e3!, seq: 2 })
          .where(eq(log.seq, 1000));
      });
      const report = await verifyPhiChain({ db });
      expect(report.ok).toBe(false);
      expect(report.problems.some((p) => /removed or reordered/.test(p.problem))).toBe(true);
    });
  });

  it("cannot be re-chained by someone who can write rows but lacks the server secret", async () => {
    await freshLog(3);
    await withHospital(h.code, async (db) => {
      const [e2] = await db.select().from(log).where(eq(log.seq, 2));
      // a forger recomputes a plain SHA-256 "hash" after editing: still detected
      const { createHash } = await import("node:crypto");
      await db
        .update(log)
        .set({
          action: "nothing.to.see",
          hash: createHash("sha256")
            .update(e2!.prevHash + "forged")
            .digest("base64url"),
        })
        .where(eq(log.seq, 2));
      expect((await verifyPhiChain({ db })).ok).toBe(false);
    });
  });
});
