// The main (control) database of this process: opened once and migrated on first use.
import { driver, type Db, type DbHandle } from "@/db";
import type { MigrateResult } from "@/db/driver";

let opening: Promise<{ handle: DbHandle; migration: MigrateResult }> | null = null;

function open() {
  if (!opening) {
    opening = (async () => {
      const handle = await driver().openMain();
      try {
        const migration = await driver().migrate(handle.db, "control");
        return { handle, migration };
      } catch (err) {
        await handle.close();
        throw err;
      }
    })();
    opening.catch(() => (opening = null));
  }
  return opening;
}

export async function mainDb(): Promise<Db> {
  return (await open()).handle.db;
}

/** what opening the main database migrated (for the CLI and health) */
export async function mainMigration(): Promise<MigrateResult> {
  return (await open()).migration;
}

export async function closeMainDb(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) await (await current).handle.close();
}
