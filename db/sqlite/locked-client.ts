// A libsql Client whose writes take turns (see db/write-queue.ts). Reads go straight through: in WAL mode they
// never wait for a writer.
import type { Client, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";
import { WriteQueue } from "../write-queue";

const READ_ONLY = /^\s*(select|explain|pragma\s+\w+\s*;?\s*$)/i;

function sqlOf(stmt: InStatement | string): string {
  return typeof stmt === "string" ? stmt : stmt.sql;
}

export function lockedClient(inner: Client, queue = new WriteQueue()): Client {
  const locked: Partial<Client> = {
    get closed() {
      return inner.closed;
    },
    get protocol() {
      return inner.protocol;
    },
    async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
      const run = () => (typeof stmtOrSql === "string" ? inner.execute(stmtOrSql, args) : inner.execute(stmtOrSql));
      return READ_ONLY.test(sqlOf(stmtOrSql)) ? run() : queue.run(run);
    },
    batch(stmts, mode) {
      return queue.run(() => inner.batch(stmts, mode));
    },
    migrate(stmts) {
      return queue.run(() => inner.migrate(stmts));
    },
    executeMultiple(sql) {
      return queue.run(() => inner.executeMultiple(sql));
    },
    async transaction(mode: TransactionMode = "write"): Promise<Transaction> {
      if (mode === "read") return inner.transaction(mode);
      const release = await queue.acquire();
      let tx: Transaction;
      try {
        tx = await inner.transaction(mode);
      } catch (err) {
        release();
        throw err;
      }
      return new Proxy(tx, {
        get(target, prop, receiver) {
          if (prop === "commit" || prop === "rollback") {
            return async () => {
              try {
                await target[prop]();
              } finally {
                release();
              }
            };
          }
          if (prop === "close") {
            return () => {
              try {
                target.close();
              } finally {
                release();
              }
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
    close() {
      inner.close();
    },
    sync: () => inner.sync(),
    reconnect: () => inner.reconnect(),
  };
  return locked as Client;
}
