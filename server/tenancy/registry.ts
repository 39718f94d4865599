// The one seam that opens hospital databases. A bounded LRU of open clients: at most `capacity` open (or opening,
// or closing) at any moment; idle ones are closed on eviction; concurrent first requests for one code share one
// open; a client in use (leased) is never closed under its user. A client whose database failed as a whole (its
// server went away, its file was deleted or damaged: `isBroken`) or whose file was replaced (`DbHandle.isStale`) is
// retired: no new lease gets it, it is closed once its last user is done, and the next request opens the database
// afresh — so a hospital recovers on its own once the fault is gone, without restarting the app.
import type { Db, DbHandle } from "@/db";
import { AppError } from "../errors";

export interface Lease {
  readonly code: string;
  readonly db: Db;
  /** gives the client back; pass the error the work failed with, if any, so a broken client is retired */
  release(failure?: unknown): void;
}

type Entry = {
  code: string;
  refs: number;
  state: "opening" | "open" | "closing";
  ready: Promise<DbHandle>;
  handle?: DbHandle;
  /** taken out of service (broken or stale): closed when its last lease is released */
  retired?: boolean;
};

export type Opener = (code: string) => Promise<DbHandle>;

export interface RegistryOptions {
  /**
   * Runs before a slot is taken for a hospital that is not open yet: throws if the hospital must not be served
   * (unknown, still provisioning, closed for maintenance), so requests for such codes never open, evict or wait.
   */
  precheck?: (code: string) => Promise<void>;
  /** how long an acquire waits for a free slot when every open client is in use (then HOSPITALS_BUSY) */
  waitTimeoutMs?: number;
  /**
   * whether an error a lease's work failed with means the client's database connection or file is unusable (not an
   * ordinary query error such as a unique violation): the client is then retired and reopened on the next acquire
   */
  isBroken?: (err: unknown) => boolean;
}

export class TenantRegistry {
  readonly #entries = new Map<string, Entry>(); // insertion order = least recently used first
  #slotsInUse = 0; // entries in any state, plus closes still running
  #waiters: Array<() => void> = [];
  #peak = 0;
  /** hospitals closed for maintenance: no lease is handed out until unblock */
  readonly #blocked = new Set<string>();
  /** closes still running, by code */
  readonly #closing = new Map<string, Promise<void>>();
  /** retired clients still leased (no longer in #entries; each still holds its slot) */
  readonly #retired = new Set<Entry>();

  constructor(
    readonly capacity: number,
    private readonly opener: Opener,
    private readonly options: RegistryOptions = {},
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error("tenant registry capacity must be ≥ 1");
  }

  stats() {
    let leased = 0;
    for (const e of this.#entries.values()) if (e.refs > 0) leased++;
    return { open: this.#slotsInUse, peak: this.#peak, capacity: this.capacity, leased, waiting: this.#waiters.length };
  }

  async acquire(code: string): Promise<Lease> {
    let checked = false;
    const deadline = Date.now() + (this.options.waitTimeoutMs ?? Infinity);
    for (;;) {
      if (this.#blocked.has(code)) throw new AppError("MAINTENANCE", { params: { code } });
      const existing = this.#entries.get(code);
      if (existing && existing.state === "open" && existing.handle?.isStale?.()) {
        this.#retire(existing); // its file was deleted or replaced: open what is there now (or fail)
        continue;
      }
      if (existing && existing.state !== "closing") {
        existing.refs++;
        this.#entries.delete(code);
        this.#entries.set(code, existing);
        try {
          const handle = await existing.ready;
          return this.#lease(existing, handle);
        } catch (err) {
          existing.refs--;
          throw err;
        }
      }
      if (!checked && this.options.precheck) {
        await this.options.precheck(code);
        checked = true;
        continue; // the check awaited: look again, another request may have opened it meanwhile
      }
      if (this.#slotsInUse < this.capacity) return this.#open(code);
      // full: close the least recently used idle client (or, if all are in use, wait for a release)
      let wake!: () => void;
      const freed = new Promise<void>((resolve) => {
        wake = resolve;
        this.#waiters.push(resolve);
      });
      this.#evictOne();
      const left = deadline - Date.now();
      if (left === Infinity) {
        await freed;
        continue;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = await Promise.race([
        freed.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), Math.max(0, left)))),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        this.#waiters = this.#waiters.filter((w) => w !== wake);
        throw new AppError("HOSPITALS_BUSY", { params: { code } });
      }
    }
  }

  async with<T>(code: string, fn: (db: Db) => Promise<T>): Promise<T> {
    const lease = await this.acquire(code);
    let failure: unknown;
    try {
      return await fn(lease.db);
    } catch (err) {
      failure = err;
      throw err;
    } finally {
      lease.release(failure);
    }
  }

  /** closes a hospital's client as soon as nobody uses it (after a restore or a drop) */
  async forget(code: string): Promise<void> {
    const e = this.#entries.get(code);
    if (!e) return;
    if (e.state === "opening") await e.ready.catch(() => undefined);
    if (e.refs === 0 && e.state === "open") await this.#close(e);
  }

  /**
   * Closes a hospital for maintenance: from now on acquire refuses it (MAINTENANCE); resolves once the leases in use
   * were released and its client is closed, so nothing of this process has the database open any more.
   */
  async block(code: string): Promise<void> {
    this.#blocked.add(code);
    for (;;) {
      const retired = [...this.#retired].find((r) => r.code === code);
      if (retired) {
        await new Promise<void>((resolve) => this.#waiters.push(resolve)); // closed at its last release
        continue;
      }
      const e = this.#entries.get(code);
      if (!e) break;
      if (e.state === "opening") {
        await e.ready.catch(() => undefined);
      } else if (e.refs === 0) {
        await this.#close(e);
      } else {
        await new Promise<void>((resolve) => this.#waiters.push(resolve)); // woken by a release
      }
    }
    await this.#closing.get(code);
  }

  /** reopens a hospital closed by block (its database is opened afresh on the next acquire) */
  unblock(code: string): void {
    this.#blocked.delete(code);
  }

  isBlocked(code: string): boolean {
    return this.#blocked.has(code);
  }

  blockedCodes(): string[] {
    return [...this.#blocked];
  }

  async closeAll(): Promise<void> {
    await Promise.all(
      [...this.#entries.values()].map(async (e) => {
        await e.ready.catch(() => undefined);
        if (e.state === "open") await this.#close(e);
      }),
    );
  }

  #open(code: string): Promise<Lease> {
    this.#slotsInUse++;
    this.#peak = Math.max(this.#peak, this.#slotsInUse);
    const entry: Entry = { code, refs: 1, state: "opening", ready: this.opener(code) };
    this.#entries.set(code, entry);
    return entry.ready.then(
      (handle) => {
        entry.state = "open";
        entry.handle = handle;
        return this.#lease(entry, handle);
      },
      (err) => {
        if (this.#entries.get(code) === entry) this.#entries.delete(code);
        this.#slotsInUse--;
        this.#wake();
        throw err;
      },
    );
  }

  #lease(entry: Entry, handle: DbHandle): Lease {
    let released = false;
    return {
      code: entry.code,
      db: handle.db,
      release: (failure?: unknown) => {
        if (released) return;
        released = true;
        if (failure !== undefined && this.options.isBroken?.(failure)) this.#retire(entry);
        entry.refs--;
        if (entry.refs === 0) {
          if (entry.retired) this.#closeRetired(entry);
          this.#wake();
        }
      },
    };
  }

  /** takes a client out of service: the next acquire opens the database afresh; closed once nobody uses it */
  #retire(entry: Entry): void {
    if (entry.retired || entry.state !== "open") return;
    entry.retired = true;
    if (this.#entries.get(entry.code) === entry) this.#entries.delete(entry.code);
    if (entry.refs === 0) this.#closeRetired(entry);
    else this.#retired.add(entry);
  }

  #closeRetired(entry: Entry): void {
    this.#retired.delete(entry);
    if (entry.state !== "open") return;
    entry.state = "closing";
    const done = this.#finishClose(entry).finally(() => {
      if (this.#closing.get(entry.code) === done) this.#closing.delete(entry.code);
    });
    this.#closing.set(entry.code, done);
  }

  /** starts closing the least recently used idle client, if there is one */
  #evictOne(): void {
    for (const e of this.#entries.values()) {
      if (e.refs === 0 && e.state === "open") {
        void this.#close(e);
        return;
      }
    }
  }

  #close(e: Entry): Promise<void> {
    e.state = "closing";
    this.#entries.delete(e.code);
    const done = this.#finishClose(e).finally(() => {
      if (this.#closing.get(e.code) === done) this.#closing.delete(e.code);
    });
    this.#closing.set(e.code, done);
    return done;
  }

  async #finishClose(e: Entry): Promise<void> {
    try {
      await e.handle?.close();
    } catch {
      /* closing a broken client: nothing left to release */
    } finally {
      this.#slotsInUse--;
      this.#wake();
    }
  }

  #wake() {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}

export class TenantDatabaseMismatch extends AppError {
  constructor(asked: string, found: string | null) {
    super("HOSPITAL_DATABASE_MISMATCH", { params: { code: asked, found: found ?? "none" } });
  }
}
