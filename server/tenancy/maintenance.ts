// Closing a hospital for maintenance (restore, move) while the app runs. The protocol (ARCHITECTURE.md, Decisions):
//   1. the operator's command sets hospitals.maintenance_since in the main database (withMaintenance);
//   2. every app process polls the flags (MaintenanceWatcher, every MAINTENANCE_POLL_MS), closes that hospital's
//      database clients (the tenant registry refuses it with MAINTENANCE from then on) and writes an
//      acknowledgement row; it also refreshes its heartbeat row in app_processes on every poll;
//   3. the command goes on only when every live process (heartbeat younger than STALE_POLLS of its own poll
//      intervals) acknowledged this very maintenance, or at once when no app process runs;
//   4. it clears the flag; each process reopens the hospital on its next poll (its database is opened afresh).
import os from "node:os";
import { randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { control, type Db } from "@/db";
import { newId } from "@/db/id";
import { config } from "../config";
import { AppError } from "../errors";
import { log } from "../log";
import { tenantRegistry } from "./index";
import { mainDb } from "./main-db";

/** a process whose heartbeat is older than this many of its poll intervals is not live */
export const STALE_POLLS = 5;
/** heartbeat rows of processes gone this long are removed by the survivors */
const FORGET_AFTER_MS = 24 * 3_600_000;

const g = globalThis as unknown as { __zainProcessId?: string; __zainMaintenanceWatcher?: MaintenanceWatcher };

/** this process's id in app_processes and maintenance_acks: "<host>:<pid>:<nonce>" */
export function processId(): string {
  g.__zainProcessId ??= `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  return g.__zainProcessId;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** the app-process side: heartbeat, and closing / reopening hospitals as their maintenance flags say */
export class MaintenanceWatcher {
  #timer: NodeJS.Timeout | null = null;
  #tick: Promise<void> | null = null;
  #stopped = false;
  #polls = 0;
  /** hospital code → the maintenance (its since, in ms) this process acknowledged */
  readonly #closed = new Map<string, number>();
  readonly startedAt = new Date();

  constructor(readonly intervalMs: number) {}

  /** the first poll runs before this resolves, so a process never serves a hospital that is already closed */
  async start(): Promise<void> {
    await this.poll();
    this.#schedule();
  }

  #schedule() {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.poll()
        .catch((err) => log.warn({ err: String(err) }, "maintenance poll failed"))
        .finally(() => this.#schedule());
    }, this.intervalMs);
    this.#timer.unref();
  }

  /** one poll: heartbeat, then close newly flagged hospitals (and acknowledge), reopen cleared ones */
  poll(): Promise<void> {
    this.#tick ??= this.#poll().finally(() => (this.#tick = null));
    return this.#tick;
  }

  async #poll(): Promise<void> {
    const main = await mainDb();
    const now = new Date();
    const id = processId();
    const p = control.appProcesses;
    await main
      .insert(p)
      .values({
        id,
        host: os.hostname().slice(0, 200),
        pid: process.pid,
        pollIntervalMs: this.intervalMs,
        startedAt: this.startedAt,
        heartbeatAt: now,
      })
      .onConflictDoUpdate({ target: p.id, set: { heartbeatAt: now, pollIntervalMs: this.intervalMs } });
    const h = control.hospitals;
    const flagged = await main
      .select({ id: h.id, code: h.code, since: h.maintenanceSince })
      .from(h)
      .where(isNotNull(h.maintenanceSince));
    const registry = tenantRegistry();
    await Promise.all(
      flagged.map(async (row) => {
        const since = row.since!;
        if (this.#closed.get(row.code) === since.getTime() && registry.isBlocked(row.code)) return;
        await registry.block(row.code);
        await acknowledge(main, row.id, id, since);
        this.#closed.set(row.code, since.getTime());
        log.info({ hospital: row.code }, "hospital closed for maintenance in this process");
      }),
    );
    const still = new Set(flagged.map((r) => r.code));
    for (const code of [...this.#closed.keys()]) {
      if (still.has(code)) continue;
      this.#closed.delete(code);
      registry.unblock(code);
      log.info({ hospital: code }, "hospital reopened after maintenance");
    }
    if (this.#polls++ % 1_000 === 0)
      await main.delete(p).where(lt(p.heartbeatAt, new Date(now.getTime() - FORGET_AFTER_MS)));
  }

  /** stops polling and removes this process's heartbeat, so no operator command waits for it */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#tick?.catch(() => undefined);
    try {
      const main = await mainDb();
      await main.delete(control.maintenanceAcks).where(eq(control.maintenanceAcks.processId, processId()));
      await main.delete(control.appProcesses).where(eq(control.appProcesses.id, processId()));
    } catch {
      /* the main database is gone already: the heartbeat goes stale on its own */
    }
  }
}

async function acknowledge(main: Db, hospitalId: string, proc: string, since: Date): Promise<void> {
  const a = control.maintenanceAcks;
  const now = new Date();
  await main
    .insert(a)
    .values({ id: newId(), hospitalId, processId: proc, maintenanceSince: since, ackedAt: now })
    .onConflictDoUpdate({ target: [a.hospitalId, a.processId], set: { maintenanceSince: since, ackedAt: now } });
}

/** starts this process's watcher (once); the app calls it at start-up (instrumentation.ts), tests with a short interval */
export async function startMaintenanceWatcher(opts: { intervalMs?: number } = {}): Promise<MaintenanceWatcher> {
  if (g.__zainMaintenanceWatcher) return g.__zainMaintenanceWatcher;
  const w = new MaintenanceWatcher(opts.intervalMs ?? config.maintenancePollMs);
  g.__zainMaintenanceWatcher = w;
  try {
    await w.start();
  } catch (err) {
    g.__zainMaintenanceWatcher = undefined;
    await w.stop();
    throw err;
  }
  return w;
}

export async function stopMaintenanceWatcher(): Promise<void> {
  const w = g.__zainMaintenanceWatcher;
  g.__zainMaintenanceWatcher = undefined;
  await w?.stop();
}

export type MaintenanceOptions = {
  /** give up (and reopen the hospital unchanged) when live processes have not acknowledged by then */
  ackTimeoutMs?: number;
  /** how often to look for acknowledgements */
  pollMs?: number;
  /** told which live processes are still awaited, on every look */
  onWaiting?: (pending: string[]) => void;
};

export type MaintenanceWindow = {
  since: Date;
  /** the live app processes that closed the hospital before `fn` ran */
  acknowledgedBy: string[];
};

/**
 * Runs fn while hospital `code` is closed in every live app process: sets the flag, waits for their
 * acknowledgements, runs fn, then clears the flag (also when fn fails). Refuses when the hospital is already closed.
 */
export async function withMaintenance<T>(
  code: string,
  reason: string,
  fn: (w: MaintenanceWindow) => Promise<T>,
  opts: MaintenanceOptions = {},
): Promise<T> {
  const main = await mainDb();
  const h = control.hospitals;
  const [hospital] = await main.select({ id: h.id, reason: h.maintenanceReason }).from(h).where(eq(h.code, code));
  if (!hospital) throw new AppError("HOSPITAL_NOT_FOUND", { params: { code } });
  const since = new Date();
  const claimed = await main
    .update(h)
    .set({ maintenanceSince: since, maintenanceReason: reason })
    .where(and(eq(h.id, hospital.id), isNull(h.maintenanceSince)))
    .returning({ id: h.id });
  if (claimed.length === 0) {
    const [now] = await main.select({ reason: h.maintenanceReason }).from(h).where(eq(h.id, hospital.id));
    throw new AppError("MAINTENANCE_IN_PROGRESS", { params: { code, reason: now?.reason ?? "" } });
  }
  const registry = tenantRegistry();
  try {
    await registry.block(code); // this process too (the operator's command holds no watcher)
    const acknowledgedBy = await waitForAcknowledgements(main, hospital.id, code, since, opts);
    return await fn({ since, acknowledgedBy });
  } finally {
    await main
      .update(h)
      .set({ maintenanceSince: null, maintenanceReason: null })
      .where(and(eq(h.id, hospital.id), eq(h.maintenanceSince, since)));
    await main
      .delete(control.maintenanceAcks)
      .where(
        and(eq(control.maintenanceAcks.hospitalId, hospital.id), eq(control.maintenanceAcks.maintenanceSince, since)),
      );
    tenantRegistry().unblock(code);
  }
}

/** the live app processes (heartbeat within STALE_POLLS of their poll interval) */
export async function liveProcesses(main: Db, now = Date.now()): Promise<string[]> {
  const p = control.appProcesses;
  const rows = await main.select({ id: p.id, at: p.heartbeatAt, every: p.pollIntervalMs }).from(p);
  return rows.filter((r) => now - r.at.getTime() <= STALE_POLLS * r.every).map((r) => r.id);
}

async function waitForAcknowledgements(
  main: Db,
  hospitalId: string,
  code: string,
  since: Date,
  opts: MaintenanceOptions,
): Promise<string[]> {
  const timeoutMs = opts.ackTimeoutMs ?? config.maintenanceAckTimeoutMs;
  const pollMs = opts.pollMs ?? Math.min(250, config.maintenancePollMs);
  const deadline = Date.now() + timeoutMs;
  const a = control.maintenanceAcks;
  for (;;) {
    const live = await liveProcesses(main);
    const acked = new Set(
      (
        await main
          .select({ processId: a.processId })
          .from(a)
          .where(and(eq(a.hospitalId, hospitalId), eq(a.maintenanceSince, since)))
      ).map((r) => r.processId),
    );
    const pending = live.filter((id) => !acked.has(id));
    if (pending.length === 0) return live;
    if (Date.now() >= deadline)
      throw new AppError("MAINTENANCE_NOT_ACKNOWLEDGED", {
        params: { code, count: pending.length, seconds: Math.round(timeoutMs / 1000), processes: pending.join(", ") },
      });
    opts.onWaiting?.(pending);
    await sleep(pollMs);
  }
}

/** reopens a hospital left closed by an operator command that died (pnpm hms maintenance CODE --off) */
export async function endMaintenance(code: string): Promise<boolean> {
  const main = await mainDb();
  const h = control.hospitals;
  const rows = await main
    .update(h)
    .set({ maintenanceSince: null, maintenanceReason: null })
    .where(and(eq(h.code, code), isNotNull(h.maintenanceSince)))
    .returning({ id: h.id });
  if (rows[0]) await main.delete(control.maintenanceAcks).where(eq(control.maintenanceAcks.hospitalId, rows[0].id));
  return rows.length > 0;
}
