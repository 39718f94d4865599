// Liveness and a summary for operators: is the main database reachable, and how many hospitals in each state.
import { count } from "drizzle-orm";
import { control } from "@/db";
import { driver } from "@/db";
import { mainDb } from "@/server/tenancy/main-db";
import { tenantRegistry } from "@/server/tenancy";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = Date.now();
  try {
    const main = await mainDb();
    const rows = await main
      .select({ status: control.hospitals.status, n: count() })
      .from(control.hospitals)
      .groupBy(control.hospitals.status);
    const hospitals = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    return Response.json({
      ok: true,
      database: { dialect: driver().name, main: "reachable", latencyMs: Date.now() - started },
      hospitals: { total: rows.reduce((n, r) => n + r.n, 0), byStatus: hospitals },
      openHospitalDatabases: tenantRegistry().stats(),
    });
  } catch (err) {
    return Response.json(
      { ok: false, database: { dialect: driver().name, main: "unreachable", error: (err as Error).message } },
      { status: 503 },
    );
  }
}
