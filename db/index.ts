// The dialect of this process: Postgres when DATABASE_URL is set, embedded libsql otherwise.
import { dbConfig as config } from "./config";
import type { Driver } from "./driver";
import { pgDriver } from "./pg/driver";
import { sqliteDriver } from "./sqlite/driver";

export function driver(): Driver {
  return config.dialect === "pg" ? pgDriver : sqliteDriver;
}

/** control tables of this process's dialect */
export const control = driver().control;
/** hospital tables of this process's dialect */
export const tenant = driver().tenant;

export type { Db } from "@dialect/kit";
export type { DbHandle } from "./driver";
