import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers that can be seen (CONTRIBUTING.md, "Layers"): a wrong import fails `pnpm lint`.
//   shared/     code for browser and server alike: imports only shared/ and pure libraries
//   db/         schemas, dialect clients, migrations: imports db/ and shared/, never server/ or the UI
//   components/ the UI: reaches the server only through tRPC (type imports of server/ are fine)
//   outside db/ nobody imports a database driver or a dialect-specific drizzle module
const DRIVERS = {
  paths: [
    { name: "pg", message: "Database drivers live in db/ only." },
    { name: "@libsql/client", message: "Database drivers live in db/ only." },
    { name: "pg-connection-string", message: "Database drivers live in db/ only." },
  ],
  patterns: [
    {
      regex: "^drizzle-orm/(pg-core|sqlite-core|libsql|node-postgres)",
      message: "Dialect-specific drizzle code stays inside db/: use the Db type and the tables from @/db.",
    },
    { regex: "^@dialect/", message: "The dialect kit is db/'s own." },
  ],
};
const serverPattern = { regex: "^(@/|(\\.\\./)+)server(/|$)", message: "db/ and shared/ never import server/." };
const uiPattern = { regex: "^(@/|(\\.\\./)+)(components|app)(/|$)", message: "Only the UI imports the UI." };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      ".tmp/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-restricted-imports": ["error", DRIVERS],
    },
  },
  {
    files: ["db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [serverPattern, uiPattern] }] },
  },
  {
    files: ["shared/**"],
    ignores: ["shared/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...DRIVERS.paths, { name: "drizzle-orm", message: "shared/ holds no database code." }],
          patterns: [
            ...DRIVERS.patterns,
            serverPattern,
            uiPattern,
            { regex: "^(@/|(\\.\\./)+)db(/|$)", message: "shared/ holds no database code: db/ imports shared/." },
            {
              regex: "^(node:|server-only$|next/headers$|next/server$)",
              message: "shared/ must run in the browser too.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: DRIVERS.paths,
          patterns: [
            ...DRIVERS.patterns,
            {
              regex: "^(@/|(\\.\\./)+)(server|db)(/|$)",
              allowTypeImports: true,
              message: "The UI reaches the server through tRPC; import only types from server/ and db/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
