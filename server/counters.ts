// Race-free numbers people read (MRN, appointment numbers, audit sequence): one atomic upsert per bump. Inside a
// transaction on Postgres it also locks the counter row until commit, serialising whoever bumps the same counter.
import { sql } from "drizzle-orm";
import { tenant, type Db } from "@/db";

export async function bumpCounter(db: Db, name: string): Promise<number> {
  const c = tenant.counters;
  const [row] = await db
    .insert(c)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: c.name, set: { value: sql`${c.value} + 1` } })
    .returning({ value: c.value });
  if (!row) throw new Error(`counter ${name} did not return a value`);
  return row.value;
}
