// Liveness for load balancers and anyone: `{ ok }` (503 when the main database is unreachable). Operators get a
// summary (dialect, latency, hospitals by status, open hospital databases) with `Authorization: Bearer
// $METRICS_TOKEN` on a host of the platform; never on an unknown host, never without the variable set. Failure
// details go to the server log, not into the answer.
import { count } from "drizzle-orm";
import { control } from "@/db";
import { driver } from "@/db";
import { hasMetricsToken } from "@/server/http/metrics-token";
import { log } from "@/server/log";
import { parseHost } from "@/server/tenancy/host";
import { mainDb } from "@/server/tenancy/main-db";
import { tenantRegistry } from "@/server/tenancy";

export const dynamic = "force-dynamic";

const headers = { "cache-control": "no-store" };

export async function GET(req: Request) {
  const detailed = hasMetricsToken(req.headers) && parseHost(req.headers.get("host")).kind !== "invalid";
  const started = Date.now();
  try {
    const main = await mainDb();
    const rows = await main
      .select({ status: control.hospitals.status, n: count() })
      .from(control.hospitals)
      .groupBy(control.hospitals.status);
    if (!detailed) return Response.json({ ok: true }, { headers });
    const hospitals = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    return Response.json(
      {
        ok: true,
        database: { dialect: driver().name, main: "reachable", latencyMs: Date.now() - started },
        hospitals: { total: rows.reduce((n, r) => n + r.n, 0), byStatus: hospitals },
        openHospitalDatabases: tenantRegistry().stats(),
      },
      { headers },
    );
  } catch (err) {
    log.error({ err }, "health: main database unreachable");
    return Response.json(
      detailed ? { ok: false, database: { dialect: driver().name, main: "unreachable" } } : { ok: false },
      { status: 503, headers },
    );
  }
}
