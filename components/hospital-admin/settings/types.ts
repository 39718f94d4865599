import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/_app";

export type HospitalSettingsData = inferRouterOutputs<AppRouter>["settings"]["get"];
export type { Option, OptionGroup } from "@/components/form/fields";
