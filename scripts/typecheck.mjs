// Type-checks the code base twice, once per dialect kit (tsconfig.json: libsql, tsconfig.pg.json: Postgres), in parallel.
import { spawn } from "node:child_process";

const run = (project) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/typescript/bin/tsc", "-p", project, "--noEmit", "--pretty"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ project, code, out }));
  });

const results = await Promise.all([run("tsconfig.json"), run("tsconfig.pg.json")]);
let failed = false;
for (const r of results) {
  if (r.code !== 0) {
    failed = true;
    process.stdout.write(`\n── ${r.project} ──\n${r.out}`);
  }
}
if (!failed) console.log("typecheck: libsql and Postgres kits both clean");
process.exit(failed ? 1 : 0);
