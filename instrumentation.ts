// Runs once when the server starts: the main database is migrated and the maintenance watcher started
// (server/tenancy/maintenance.ts); in development only, a demo hospital and its
// users are created on the first run and their addresses and passwords printed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { mainDb, mainMigration } = await import("./server/tenancy/main-db");
  const { authSecret } = await import("./server/auth/secret");
  authSecret(); // fail fast in production without AUTH_SECRET; generate one in development
  const main = await mainDb();
  const m = await mainMigration();
  if (m.applied > 0) console.log(`Zain HMS: main database migrated to version ${m.version}`);
  // heartbeat and maintenance flags (restore, move): closes a hospital's database while an operator replaces it
  const { startMaintenanceWatcher } = await import("./server/tenancy/maintenance");
  await startMaintenanceWatcher();
  if (process.env.NODE_ENV !== "development" || process.env.SEED_DEMO === "false") return;
  const { seedDemo } = await import("./server/seed/demo");
  const { hostUrl } = await import("./server/tenancy/host");
  const demo = await seedDemo({ main });
  const hospital = hostUrl({ kind: "hospital", code: demo.hospitalCode });
  const admin = hostUrl({ kind: "admin" });
  const lines = [
    "",
    `Zain HMS (development)${demo.created ? " — demo data created" : ""}`,
    `  Demo hospital  ${hospital}/auth/login   password for every demo user: ${demo.password}`,
    `                 users: ${demo.users.map((u) => `${u.username} (${u.role})`).join(", ")}`,
    `  Super admin    ${admin}/auth/login   ${demo.superadmin.username} / ${demo.superadmin.password}`,
    `  Landing page   ${hostUrl({ kind: "root" })}`,
    "",
  ];
  console.log(lines.join("\n"));
}
