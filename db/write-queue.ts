// One async mutex per database file. libsql does not queue write transactions by itself: a second BEGIN IMMEDIATE
// on the same file fails with SQLITE_BUSY (or, with a busy timeout, blocks the event loop so the first can never
// commit). Every write through a LockedClient waits its turn here instead.

export class WriteQueue {
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;

  constructor(readonly timeoutMs = 30_000) {}

  get waiting() {
    return this.#waiting;
  }

  /** resolves with a release function once every earlier holder has released */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = this.#tail;
    this.#tail = before.then(() => mine);
    this.#waiting++;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`write queue: waited more than ${this.timeoutMs} ms for the database`)),
        this.timeoutMs,
      );
      timer.unref();
    });
    let once = false;
    const releaseOnce = () => {
      if (!once) {
        once = true;
        release();
      }
    };
    return Promise.race([before, timeout]).then(
      () => {
        clearTimeout(timer);
        this.#waiting--;
        return releaseOnce;
      },
      (err) => {
        clearTimeout(timer);
        this.#waiting--;
        // give our turn away as soon as it comes, so later holders are not stuck behind a caller that left
        before.then(releaseOnce, releaseOnce);
        throw err;
      },
    );
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
