// Column kit for Postgres (pg-core); twin of db/kit/sqlite.ts (see there).
import type { PgQueryResultHKT } from "drizzle-orm/pg-core";
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type PgDatabase,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** text compared byte-wise (prefix ranges use the index whatever the database collation) */
export const searchKey = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

export const kit = {
  dialect: "pg" as const,
  table: pgTable,
  /** uuid v7 */
  id: (name: string) => uuid(name),
  text: (name: string) => text(name),
  enum: <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
    text(name, { enum: values as unknown as [T[number], ...T[number][]] }),
  int: (name: string) => integer(name),
  float: (name: string) => doublePrecision(name),
  bool: (name: string) => boolean(name),
  /** instant with millisecond precision */
  timestamp: (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" }),
  /** calendar date, "YYYY-MM-DD" */
  date: (name: string) => date(name, { mode: "string" }),
  json: <T>(name: string) => jsonb(name).$type<T>(),
  bytes: (name: string) => bytea(name),
  searchKey: (name: string) => searchKey(name),
  index,
  uniqueIndex,
  primaryKey,
};

export type Kit = typeof kit;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = PgDatabase<PgQueryResultHKT, any>;
export type Dialect = "pg";
