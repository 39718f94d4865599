// A short administrative connection to a Postgres server (create and drop databases in tests and benchmarks): the
// only way code outside db/ reaches the driver for such work.
import pg from "pg";

export type AdminConnection = {
  query<R extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
};

/** connects to `url`, runs `fn`, and always disconnects; a server that cannot be reached rejects with its reason */
export async function withPgAdmin<T>(
  url: string,
  fn: (c: AdminConnection) => Promise<T>,
  applicationName = "zain-hms-admin",
): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  client.on("error", () => undefined); // a dropped connection fails the pending query instead of crashing the process
  await client.connect();
  try {
    return await fn({
      query: async <R extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
        (await client.query<R>(sql, params)).rows,
    });
  } finally {
    await client.end();
  }
}

/** a database name as a quoted SQL identifier */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
