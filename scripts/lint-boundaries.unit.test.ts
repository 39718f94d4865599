// The layer boundaries of eslint.config.mjs really fail a wrong import (and let the right ones through).
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = typeof imported;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports");
}

describe("layer boundaries (pnpm lint)", { timeout: 60_000 }, () => {
  it.each([
    ["shared/probe.ts", 'import imported from "@/server/config";'],
    ["shared/probe.ts", 'import imported from "../server/config";'],
    ["shared/probe.ts", 'import imported from "@/db";'],
    ["shared/probe.ts", 'import imported from "node:fs";'],
    ["shared/probe.ts", 'import imported from "@/components/utils";'],
    ["db/probe.ts", 'import imported from "../server/config";'],
    ["db/schema/probe.ts", 'import imported from "@/server/errors";'],
    ["components/probe.tsx", 'import imported from "@/server/tenancy/main-db";'],
    ["components/probe.tsx", 'import imported from "@/db";'],
    ["server/probe.ts", 'import imported from "pg";'],
    ["server/probe.ts", 'import imported from "@libsql/client";'],
    ["app/probe.tsx", 'import imported from "drizzle-orm/pg-core";'],
    ["scripts/probe.ts", 'import imported from "drizzle-orm/sqlite-core";'],
  ])("%s: %s is refused", async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ["shared/probe.ts", 'import imported from "./enums";'],
    ["shared/probe.ts", 'import imported from "zod";'],
    ["db/probe.ts", 'import imported from "../shared/enums";'],
    ["db/probe.ts", 'import imported from "drizzle-orm/pg-core";'],
    ["components/probe.tsx", 'import type imported from "@/server/routers/_app";'],
    ["components/probe.tsx", 'import imported from "@/shared/permissions";'],
    ["server/probe.ts", 'import imported from "@/db";'],
  ])("%s: %s is allowed", async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
