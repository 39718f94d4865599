// PHI access log (in each hospital's own database): who read or changed which patient's data, when, from where.
// Tamper-evident: entry n carries HMAC(key, hash(n-1) ‖ fields(n)); verifyPhiChain finds an edited, deleted or
// reordered entry. The key is derived from the server secret, so rows alone cannot be re-chained.
import { createHmac } from "node:crypto";
import { and, asc, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { tenant, type Db } from "@/db";
import { derivedKey } from "../auth/secret";
import type { Actor, HospitalCtx } from "../context";
import { bumpCounter } from "../counters";

export type PhiEvent = { action: string; entityType: string; entityId: string; patientId?: string | null };

const GENESIS = "genesis";
const COUNTER = "phi_access_log";

type Fields = {
  seq: number;
  at: Date;
  userId: string;
  username: string;
  role: string;
  action: string;
  entityType: string;
  entityId: string;
  patientId: string | null;
  ip: string;
};

function chainHash(prevHash: string, f: Fields): string {
  const canonical = JSON.stringify([
    f.seq,
    f.at.getTime(),
    f.userId,
    f.username,
    f.role,
    f.action,
    f.entityType,
    f.entityId,
    f.patientId,
    f.ip,
  ]);
  return createHmac("sha256", derivedKey("phi-access-log"))
    .update(prevHash)
    .update("\n")
    .update(canonical)
    .digest("base64url");
}

/** appends one entry; call inside the transaction of the clinical write it records (or alone, for reads) */
export async function recordPhiAccess(
  db: Db,
  actor: Pick<Actor, "userId" | "username" | "role" | "ip">,
  event: PhiEvent,
): Promise<void> {
  const log = tenant.phiAccessLog;
  const seq = await bumpCounter(db, COUNTER);
  const [prev] =
    seq > 1
      ? await db
          .select({ hash: log.hash })
          .from(log)
          .where(eq(log.seq, seq - 1))
      : [];
  const prevHash = prev?.hash ?? GENESIS;
  const fields: Fields = {
    seq,
    at: new Date(),
    userId: actor.userId,
    username: actor.username,
    role: actor.role,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    patientId: event.patientId ?? null,
    ip: actor.ip.slice(0, 64),
  };
  await db.insert(log).values({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
}

/** records a read in its own small transaction */
export function recordPhiRead(ctx: HospitalCtx, event: PhiEvent): Promise<void> {
  return ctx.db.transaction((tx) => recordPhiAccess(tx, ctx.actor, event));
}

export type ChainReport = { ok: boolean; entries: number; problems: Array<{ seq: number; problem: string }> };

/** re-computes the whole chain; reports every entry that was edited, removed or moved (needs only the database) */
export async function verifyPhiChain(ctx: Pick<HospitalCtx, "db">): Promise<ChainReport> {
  const db = ctx.db;
  const log = tenant.phiAccessLog;
  const rows = await db.select().from(log).orderBy(asc(log.seq));
  const problems: ChainReport["problems"] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const r of rows) {
    if (r.seq !== expectedSeq)
      problems.push({
        seq: r.seq,
        problem: `entry ${expectedSeq}${r.seq > expectedSeq + 1 ? `–${r.seq - 1}` : ""} missing`,
      });
    if (r.prevHash !== prevHash)
      problems.push({ seq: r.seq, problem: "does not follow the entry before it (removed or reordered)" });
    if (chainHash(r.prevHash, r) !== r.hash) problems.push({ seq: r.seq, problem: "contents changed since written" });
    prevHash = r.hash;
    expectedSeq = r.seq + 1;
  }
  const [counter] = await db
    .select({ value: tenant.counters.value })
    .from(tenant.counters)
    .where(eq(tenant.counters.name, COUNTER));
  const last = counter?.value ?? 0;
  if (last >= expectedSeq) problems.push({ seq: last, problem: `entries ${expectedSeq}–${last} missing at the end` });
  return { ok: problems.length === 0, entries: rows.length, problems };
}

export type PhiLogFilter = {
  patientId?: string;
  userId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  beforeSeq?: number;
};

export async function listPhiAccess(ctx: HospitalCtx, f: PhiLogFilter) {
  const log = tenant.phiAccessLog;
  const where: SQL[] = [];
  if (f.patientId) where.push(eq(log.patientId, f.patientId));
  if (f.userId) where.push(eq(log.userId, f.userId));
  if (f.action) where.push(eq(log.action, f.action));
  if (f.from) where.push(gte(log.at, f.from));
  if (f.to) where.push(lte(log.at, f.to));
  if (f.beforeSeq) where.push(sql`${log.seq} < ${f.beforeSeq}`);
  const rows = await ctx.db
    .select({
      seq: log.seq,
      at: log.at,
      userId: log.userId,
      username: log.username,
      role: log.role,
      action: log.action,
      entityType: log.entityType,
      entityId: log.entityId,
      patientId: log.patientId,
      ip: log.ip,
    })
    .from(log)
    .where(and(...where))
    .orderBy(desc(log.seq))
    .limit(f.limit + 1);
  const more = rows.length > f.limit;
  const items = more ? rows.slice(0, f.limit) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.seq : null };
}
