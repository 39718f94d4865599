import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/_app";

export type StaffRow = inferRouterOutputs<AppRouter>["user"]["list"][number];
export type DepartmentRow = inferRouterOutputs<AppRouter>["department"]["list"][number];
