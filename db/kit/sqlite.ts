// Column kit for libsql (sqlite-core). The schema bodies in db/schema/ are written once against this kit's shape;
// db/kit/pg.ts is its twin. `pnpm typecheck` compiles the code base once per kit, so the two cannot drift.
import type { ResultSet } from "@libsql/client";
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type BaseSQLiteDatabase,
} from "drizzle-orm/sqlite-core";

/** text compared byte-wise (prefix ranges use the index); SQLite's default BINARY collation already is */
export const searchKey = (name: string) => text(name);

export const kit = {
  dialect: "sqlite" as const,
  table: sqliteTable,
  /** uuid v7 stored as text */
  id: (name: string) => text(name),
  text: (name: string) => text(name),
  enum: <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
    text(name, { enum: values as unknown as [T[number], ...T[number][]] }),
  int: (name: string) => integer(name, { mode: "number" }),
  float: (name: string) => real(name),
  bool: (name: string) => integer(name, { mode: "boolean" }),
  /** instant with millisecond precision */
  timestamp: (name: string) => integer(name, { mode: "timestamp_ms" }),
  /** calendar date, "YYYY-MM-DD" */
  date: (name: string) => text(name),
  json: <T>(name: string) => text(name, { mode: "json" }).$type<T>(),
  bytes: (name: string) => blob(name, { mode: "buffer" }),
  searchKey: (name: string) => text(name),
  index,
  uniqueIndex,
  primaryKey,
};

export type Kit = typeof kit;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = BaseSQLiteDatabase<"async", ResultSet, any>;
export type Dialect = "sqlite";
