// The development seed's published passwords (printed by `pnpm dev`, written in the README and the e2e tests).
// Nothing in production may use them: the demo seed refuses to run there and the CLI refuses them as passwords.
export const DEMO_PASSWORD = "Harbour-Lantern-2026";
export const SUPERADMIN = { username: "superadmin", password: "Beacon-Admin-Console-2026" };
export const DEV_SEED_PASSWORDS: readonly string[] = [DEMO_PASSWORD, SUPERADMIN.password];
