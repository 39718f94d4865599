// PHI access log (in each hospital's own database): who read or changed which patient's data, when, from where.
// Tamper-evident: entry n carries HMAC(key, hash(n-1) ‖ fields(n)); verifyPhiChain finds an edited, deleted or
// reordered entry. The key is derived from the server secret, so rows alone cannot be re-chained.
//
// Anchor: the main database keeps each hospital's last (seq, hash) in phi_checkpoints, moved forward only, so a
// log cut short in the hospital's own database (its tail deleted, or the whole log replaced) is reported by
// verifyPhiChain even though the remaining chain is intact. A restore re-anchors (server/tenancy/backup.ts).
//
// Bulk reads (lists, searches, the queue) go through a buffered writer: queuePhiRead returns at once, and the
// entries are chained in one transaction per hospital at least every second and on shutdown (flushPhiReads).
import { createHmac } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { control, tenant, type Db } from "@/db";
import { currentKeyVersion, derivedKey } from "../auth/secret";
import type { Actor, HospitalCtx, MainDb } from "../context";
import { bumpCounter } from "../counters";
import { AppError } from "../errors";
import { log as serverLog } from "../log";
import { withHospital } from "../tenancy";

/** what a list or search showed: its filters (no more than needed), how many patients and which */
export type PhiListDetails = { filters?: Record<string, unknown>; count: number; patientIds: string[] };

export type PhiEvent = {
  action: string;
  entityType: string;
  entityId: string;
  patientId?: string | null;
  details?: PhiListDetails | null;
};

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
  details?: PhiListDetails | null;
  /** the audit MAC key version (server/auth/secret.ts); null: version 0, written before versions existed */
  keyVersion?: number | null;
};

/** the same JSON whatever key order the database hands back (Postgres jsonb reorders keys) */
function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v && typeof v === "object" && !(v instanceof Date))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((key) => [key, sortedKeys((v as Record<string, unknown>)[key])]),
    );
  return v;
}

function chainHash(prevHash: string, f: Fields): string {
  const fields: unknown[] = [
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
  ];
  // entries written before details existed hash exactly as they did then
  if (f.details != null) fields.push(sortedKeys(f.details));
  const canonical = JSON.stringify(fields);
  return createHmac("sha256", derivedKey("phi-access-log", f.keyVersion ?? 0))
    .update(prevHash)
    .update("\n")
    .update(canonical)
    .digest("base64url");
}

/** who read: a hospital's staff member (their role), or a super admin under break-glass (SUPERADMIN) */
type PhiReader = Pick<Actor, "userId" | "username" | "ip"> & { role: Actor["role"] | "SUPERADMIN" };

/** appends one entry; call inside the transaction of the clinical write it records (or alone, for reads) */
export async function recordPhiAccess(db: Db, actor: PhiReader, event: PhiEvent, at: Date = new Date()): Promise<void> {
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
    at,
    userId: actor.userId,
    username: actor.username,
    role: actor.role,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    patientId: event.patientId ?? null,
    ip: actor.ip.slice(0, 64),
    // stored as JSON: hash what a read gives back (dates as strings, no undefined)
    details: event.details ? (JSON.parse(JSON.stringify(event.details)) as PhiListDetails) : null,
    keyVersion: currentKeyVersion(),
  };
  await db.insert(log).values({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
}

/** records a read in its own small transaction */
export async function recordPhiRead(ctx: HospitalCtx, event: PhiEvent): Promise<void> {
  await ctx.db.transaction((tx) => recordPhiAccess(tx, ctx.actor, event));
  await anchorPhiLog(ctx);
}

// ---- the anchor in the main database -------------------------------------------------------------------------

type AnchorCtx = { db: Db; main: MainDb; hospital: { id: string } };

/** the last entry of a hospital's log, as committed */
async function lastEntry(db: Db): Promise<{ seq: number; hash: string } | null> {
  const log = tenant.phiAccessLog;
  const [row] = await db.select({ seq: log.seq, hash: log.hash }).from(log).orderBy(desc(log.seq)).limit(1);
  return row ?? null;
}

/** moves the hospital's checkpoint forward to its log's last committed entry (never backwards) */
export async function anchorPhiLog(ctx: AnchorCtx): Promise<void> {
  const last = await lastEntry(ctx.db);
  if (!last) return;
  const c = control.phiCheckpoints;
  await ctx.main
    .insert(c)
    .values({ hospitalId: ctx.hospital.id, seq: last.seq, hash: last.hash, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: c.hospitalId,
      set: { seq: last.seq, hash: last.hash, updatedAt: new Date() },
      setWhere: lt(c.seq, last.seq),
    });
}

/** a restore legitimately rewinds the log: the checkpoint is set to the restored log's end (or removed) */
export async function reanchorPhiLog(ctx: AnchorCtx): Promise<void> {
  const c = control.phiCheckpoints;
  const last = await lastEntry(ctx.db);
  if (!last) {
    await ctx.main.delete(c).where(eq(c.hospitalId, ctx.hospital.id));
    return;
  }
  await ctx.main
    .insert(c)
    .values({ hospitalId: ctx.hospital.id, seq: last.seq, hash: last.hash, updatedAt: new Date() })
    .onConflictDoUpdate({ target: c.hospitalId, set: { seq: last.seq, hash: last.hash, updatedAt: new Date() } });
}

// ---- the buffered writer for bulk reads -------------------------------------------------------------------------

type Pending = { actor: PhiReader; event: PhiEvent; at: Date };
type HospitalQueue = { main: MainDb; hospitalId: string; entries: Pending[]; anchor: boolean };

export const PHI_FLUSH_INTERVAL_MS = 1000;
const queues = new Map<string, HospitalQueue>();
let timer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> = Promise.resolve();

function queueFor(ctx: { main: MainDb; hospital: { id: string; code: string } }): HospitalQueue {
  let q = queues.get(ctx.hospital.code);
  if (!q) {
    q = { main: ctx.main, hospitalId: ctx.hospital.id, entries: [], anchor: false };
    queues.set(ctx.hospital.code, q);
  }
  return q;
}

function schedule() {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    void flushPhiReads();
  }, PHI_FLUSH_INTERVAL_MS);
  timer.unref?.();
}

/** a bulk read (list, search, queue): logged by the buffered writer within a second, without waiting for it */
export function queuePhiRead(ctx: Pick<HospitalCtx, "main" | "hospital" | "actor">, event: PhiEvent): void {
  queuePhiReadBy(ctx, ctx.actor, event);
}

/** the same for a reader who is not the hospital's staff: a super admin under break-glass (role SUPERADMIN) */
export function queuePhiReadBy(
  ctx: { main: MainDb; hospital: { id: string; code: string } },
  actor: PhiReader,
  event: PhiEvent,
): void {
  const { userId, username, role, ip } = actor;
  queueFor(ctx).entries.push({ actor: { userId, username, role, ip }, event, at: new Date() });
  schedule();
}

/** one entry for a whole list or search: which list (action), its filters, how many patients and which */
export function queuePhiListRead(
  ctx: Pick<HospitalCtx, "main" | "hospital" | "actor">,
  action: string,
  filters: Record<string, unknown>,
  patientIds: Iterable<string>,
): void {
  const ids = [...new Set(patientIds)];
  const used = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  queuePhiRead(ctx, {
    action,
    entityType: "patient",
    entityId: "list",
    patientId: ids.length === 1 ? ids[0] : null,
    details: { filters: used, count: ids.length, patientIds: ids },
  });
}

/** the hospital's checkpoint is moved forward at the next flush (after writes that logged in their own transaction) */
export function markPhiWritten(ctx: Pick<HospitalCtx, "main" | "hospital">): void {
  queueFor(ctx).anchor = true;
  schedule();
}

/** entries kept for a later flush while a hospital's database cannot be written (e.g. closed for a restore) */
const MAX_RETAINED = 10_000;

async function flushOne(code: string, q: HospitalQueue): Promise<void> {
  const entries = q.entries.splice(0);
  q.anchor = false;
  let written = false;
  try {
    await withHospital(code, async (db) => {
      if (entries.length > 0)
        await db.transaction(async (tx) => {
          for (const e of entries) await recordPhiAccess(tx, e.actor, e.event, e.at);
        });
      written = true;
      await anchorPhiLog({ db, main: q.main, hospital: { id: q.hospitalId } });
    });
  } catch (err) {
    const gone = err instanceof AppError && err.code === "HOSPITAL_NOT_FOUND";
    if (!written && entries.length > 0 && !gone) {
      // not committed: try again at the next flush (bounded, so a hospital that stays closed cannot eat memory)
      const again = queueFor({ main: q.main, hospital: { id: q.hospitalId, code } });
      const keep = entries.slice(Math.max(0, entries.length + again.entries.length - MAX_RETAINED));
      again.entries.unshift(...keep);
      serverLog.error(
        { err, hospital: code, retained: keep.length, lost: entries.length - keep.length },
        "phi.bulk_read_flush_failed",
      );
      schedule();
    } else {
      // the entries are in; only the anchor lagged — the next write or flush moves it
      serverLog.error({ err, hospital: code }, "phi.anchor_failed");
    }
  }
}

/** writes every queued bulk-read entry now (tests, shutdown); resolves when they are committed */
export function flushPhiReads(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  const run = flushing.then(async () => {
    const work = [...queues.entries()];
    queues.clear();
    await Promise.all(work.map(([code, q]) => flushOne(code, q)));
  });
  flushing = run.catch(() => undefined);
  return run;
}
(globalThis as Record<symbol, unknown>)[Symbol.for("zain.flushPhiReads")] = flushPhiReads;

export type ChainReport = { ok: boolean; entries: number; problems: Array<{ seq: number; problem: string }> };

/** re-computes the whole chain; reports every entry that was edited, removed or moved. Given the main database and
 * the hospital, also compares the log with its checkpoint there: a log ending before it, or differing at it, was
 * cut short (truncated). */
export async function verifyPhiChain(
  ctx: Pick<HospitalCtx, "db"> & { main?: MainDb; hospital?: { id: string } },
): Promise<ChainReport> {
  const db = ctx.db;
  const log = tenant.phiAccessLog;
  // the checkpoint first: read after it, the log already holds every entry it anchors
  const c = control.phiCheckpoints;
  const [cp] =
    ctx.main && ctx.hospital
      ? await ctx.main.select({ seq: c.seq, hash: c.hash }).from(c).where(eq(c.hospitalId, ctx.hospital.id))
      : [];
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
  if (cp) {
    const at = rows.find((r) => r.seq === cp.seq);
    if (!at)
      problems.push({
        seq: cp.seq,
        problem: `truncated: the log ends before entry ${cp.seq} anchored in the main database`,
      });
    else if (at.hash !== cp.hash)
      problems.push({ seq: cp.seq, problem: "truncated: entry differs from the one anchored in the main database" });
  }
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
      details: log.details,
    })
    .from(log)
    .where(and(...where))
    .orderBy(desc(log.seq))
    .limit(f.limit + 1);
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  // who and whose, in words: the patients' names and MRNs (this hospital's own), the staff members' names
  const patientIds = [...new Set(page.map((r) => r.patientId).filter((id): id is string => !!id))];
  const patients = patientIds.length
    ? await ctx.db
        .select({
          id: tenant.patients.id,
          mrn: tenant.patients.mrn,
          firstName: tenant.patients.firstName,
          lastName: tenant.patients.lastName,
        })
        .from(tenant.patients)
        .where(inArray(tenant.patients.id, patientIds))
    : [];
  const userIds = [...new Set(page.map((r) => r.userId))];
  const users = userIds.length
    ? await ctx.main
        .select({ id: control.users.id, firstName: control.users.firstName, lastName: control.users.lastName })
        .from(control.users)
        .where(inArray(control.users.id, userIds))
    : [];
  const patientById = new Map(patients.map((p) => [p.id, p]));
  const userById = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
  const items = page.map((r) => {
    const p = r.patientId ? patientById.get(r.patientId) : undefined;
    return {
      ...r,
      userName: userById.get(r.userId) ?? null,
      patient: p ? { name: `${p.firstName} ${p.lastName}`, mrn: p.mrn } : null,
    };
  });
  return { items, nextCursor: more ? items[items.length - 1]!.seq : null };
}
