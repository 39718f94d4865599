// drizzle-kit drives four migration sets: {control, tenant} × {sqlite, pg}. `pnpm db:generate` runs all four;
// one set: DRIZZLE_SET=tenant DRIZZLE_DIALECT=pg pnpm drizzle-kit generate.
import { defineConfig } from "drizzle-kit";

const set = process.env.DRIZZLE_SET ?? "control";
const dialect = process.env.DRIZZLE_DIALECT ?? "sqlite";
if (!["control", "tenant"].includes(set)) throw new Error(`DRIZZLE_SET must be control or tenant, not ${set}`);
if (!["sqlite", "pg"].includes(dialect)) throw new Error(`DRIZZLE_DIALECT must be sqlite or pg, not ${dialect}`);

export default defineConfig({
  schema: `./db/drizzle-kit/${set}.${dialect}.ts`,
  out: `./db/migrations/${set}/${dialect}`,
  dialect: dialect === "pg" ? "postgresql" : "turso",
  dbCredentials:
    dialect === "pg"
      ? { url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/zain_hms" }
      : { url: "file:./data/main.sqlite3" },
  breakpoints: true,
});
