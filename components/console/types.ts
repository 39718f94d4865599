// Shapes of the console's API answers, inferred from the router (dates stay Dates through superjson).
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/_app";

type Out = inferRouterOutputs<AppRouter>;
type In = inferRouterInputs<AppRouter>;

export type ConsoleHospital = Out["hospital"]["list"][number];
export type PlatformStats = Out["hospital"]["stats"];
export type SystemHealth = Out["system"]["health"];
export type PlatformUser = Out["platformUser"]["list"]["items"][number];
export type PlatformUserFilter = NonNullable<In["platformUser"]["list"]>;
export type BrowseHospital = Out["browse"]["hospitals"]["items"][number];
export type BrowseUser = Out["browse"]["users"]["items"][number];
export type BrowseDepartment = Out["browse"]["departments"]["items"][number];
export type BrowseAuditEntry = Out["browse"]["auditLog"]["items"][number];
export type BreakGlassGrant = Out["breakGlass"]["mine"][number];
export type BreakGlassPatientRow = Out["breakGlass"]["patients"]["items"][number];
export type BreakGlassChart = Out["breakGlass"]["patient"];
