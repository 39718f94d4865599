// Backup and restore of one hospital's database. A backup carries its hospital code (the meta row); restoring it
// into any other hospital is refused, so a copy can never serve the wrong hospital.
//
// A restore runs while the app runs: the hospital is closed for maintenance first (server/tenancy/maintenance.ts:
// every live app process closes its database and acknowledges), then the copy replaces the database, then the
// hospital reopens. Numbers already handed out (MRNs, appointment numbers) are never handed out again: the copy's
// counters are raised to the live database's before it goes live, so the patient registered after the backup is
// gone, but its MRN stays used.
import fs from "node:fs";
import { eq, ne } from "drizzle-orm";
import { control, driver, tenant, type Db } from "@/db";
import { reanchorPhiLog } from "../audit/phi";
import { AppError } from "../errors";
import { readTenantCode, tenantRegistry } from "./index";
import { mainDb } from "./main-db";
import { withMaintenance, type MaintenanceOptions } from "./maintenance";

/** counters that are not numbers people read: the PHI log's sequence must match the restored log (server/audit/phi.ts) */
const NOT_CARRIED = "phi_access_log";

async function hospitalServer(code: string): Promise<string | null> {
  const main = await mainDb();
  const [row] = await main
    .select({ dbServer: control.hospitals.dbServer })
    .from(control.hospitals)
    .where(eq(control.hospitals.code, code));
  if (!row) throw new AppError("HOSPITAL_NOT_FOUND", { params: { code } });
  return row.dbServer;
}

export async function backupHospital(code: string, file: string): Promise<{ file: string; bytes: number }> {
  const server = await hospitalServer(code);
  if (fs.existsSync(file)) throw new AppError("BACKUP_FILE_EXISTS", { params: { file } });
  await tenantRegistry().with(code, (db) => driver().backupTenant(db, code, server, file));
  return { file, bytes: fs.statSync(file).size };
}

export type RestoreResult = {
  /** app processes that closed the hospital before the swap */
  acknowledgedBy: string[];
  /** counters of the live database carried into the restored one; null: the live database could not be read */
  carriedCounters: number | null;
};

export type RestoreOptions = MaintenanceOptions & {
  /** tests: runs while the hospital is closed, just before the database is replaced */
  whileClosed?: () => Promise<void>;
};

/** the counters of the live database (read while nobody else has it open); null if it cannot be read */
async function issuedNumbers(code: string, server: string | null): Promise<Map<string, number> | null> {
  try {
    const handle = await driver().openTenant(code, server);
    try {
      const c = tenant.counters;
      const rows = await handle.db.select().from(c).where(ne(c.name, NOT_CARRIED));
      return new Map(rows.map((r) => [r.name, r.value]));
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

async function raiseCounters(db: Db, issued: Map<string, number>): Promise<void> {
  const c = tenant.counters;
  const restored = new Map((await db.select().from(c)).map((r) => [r.name, r.value]));
  for (const [name, value] of issued) {
    const have = restored.get(name);
    if (have === undefined) await db.insert(c).values({ name, value });
    else if (have < value) await db.update(c).set({ value }).where(eq(c.name, name));
  }
}

async function reanchorRestored(code: string, server: string | null): Promise<void> {
  const main = await mainDb();
  const [row] = await main
    .select({ id: control.hospitals.id })
    .from(control.hospitals)
    .where(eq(control.hospitals.code, code));
  if (!row) return;
  const handle = await driver().openTenant(code, server);
  try {
    await reanchorPhiLog({ db: handle.db, main, hospital: { id: row.id } });
  } finally {
    await handle.close();
  }
}

export async function restoreHospital(code: string, file: string, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const server = await hospitalServer(code);
  if (!fs.existsSync(file)) throw new AppError("BACKUP_NOT_FOUND", { params: { file } });
  return withMaintenance(
    code,
    "restore",
    async ({ acknowledgedBy }) => {
      const issued = await issuedNumbers(code, server);
      await opts.whileClosed?.();
      await driver().restoreTenant(code, server, file, async (db) => {
        let found: string | null = null;
        try {
          found = await readTenantCode(db);
        } catch {
          found = null;
        }
        if (found !== code)
          throw new AppError("BACKUP_OF_OTHER_HOSPITAL", { params: { code, found: found ?? "none" } });
        if (issued) await raiseCounters(db, issued);
      });
      // the restored PHI log legitimately ends earlier: anchor it afresh in the main database
      await reanchorRestored(code, server);
      return { acknowledgedBy, carriedCounters: issued ? issued.size : null };
    },
    opts,
  );
}
