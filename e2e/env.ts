// Facts shared by the e2e server and the tests.
export const E2E = {
  port: 3100,
  rootDomain: "localhost:3100",
  demoCode: "DEMO001",
  otherCode: "OTHER01",
  /** an Arabic-speaking TRIAL hospital whose patient limit is already reached (e2e/errors-ar.spec.ts) */
  arabicCode: "NOOR01",
  /** every demo user's password (server/seed/demo.ts) */
  password: "Harbour-Lantern-2026",
  /** the e2e server's METRICS_TOKEN (the detailed /api/health view) */
  metricsToken: "e2e-metrics-token-0123456789",
  superadmin: { username: "superadmin", password: "Beacon-Admin-Console-2026" },
  hospitalUrl: (code: string) => `http://${code.toLowerCase()}.localhost:3100`,
  adminUrl: "http://admin.localhost:3100",
  rootUrl: "http://localhost:3100",
  /** demo-hospital accounts that only one suite uses (locked out, MFA enrolled) */
  ownUsers: [
    { username: "lockout.nurse", role: "NURSE", firstName: "Lena" },
    { username: "mfa.nurse", role: "NURSE", firstName: "Mona" },
  ] as const,
  roles: ["admin", "doctor", "nurse", "reception", "pharmacist", "labtech", "radiologist", "accountant"] as const,
};
export const authFile = (who: string) => `e2e/.auth/${who}.json`;
