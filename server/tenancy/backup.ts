// Backup and restore of one hospital's database. A backup carries its hospital code (the meta row); restoring it
// into any other hospital is refused, so a copy can never serve the wrong hospital.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { control, driver } from "@/db";
import { AppError } from "../errors";
import { readTenantCode, tenantRegistry } from "./index";
import { mainDb } from "./main-db";

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

export async function restoreHospital(code: string, file: string): Promise<void> {
  const server = await hospitalServer(code);
  if (!fs.existsSync(file)) throw new AppError("BACKUP_NOT_FOUND", { params: { file } });
  await tenantRegistry().forget(code);
  await driver().restoreTenant(code, server, file, async (db) => {
    let found: string | null = null;
    try {
      found = await readTenantCode(db);
    } catch {
      found = null;
    }
    if (found !== code) throw new AppError("BACKUP_OF_OTHER_HOSPITAL", { params: { code, found: found ?? "none" } });
  });
}
