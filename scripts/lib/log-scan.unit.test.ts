import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/server/log";
import { scanLogs, sentinelsOf } from "./log-scan";

describe("the whole-suite log scan", () => {
  it("takes the tests' names and passwords from their sources", () => {
    const s = sentinelsOf([path.resolve("server")]);
    expect(s).toContain("Harbour-Lantern-Test-77"); // TEST_PASSWORD of the fixtures
    expect(s).toContain("Layla"); // a patient's first name in a test
    expect(s).toContain("$argon2id$");
    expect(s.every((v) => v.length >= 4)).toBe(true);
  });

  it("finds a planted value, and none in what the logger writes for the same data", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zain-logscan-"));
    const file = path.join(dir, "zain-1.log");
    const logger = createLogger(
      { write: (line: string) => fs.appendFileSync(file, line) } as unknown as Parameters<typeof createLogger>[0],
      "info",
    );
    logger.info(
      { patient: { firstName: "Layla", phone: "+968 9123 4567" }, passwordHash: "$argon2id$v=19$x" },
      "saved",
    );
    expect(scanLogs(dir, ["Layla", "+968 9123 4567", "$argon2id$"]).findings).toEqual([]);
    fs.appendFileSync(file, '{"msg":"oops Layla"}\n');
    const scan = scanLogs(dir, ["Layla"]);
    expect(scan.lines).toBe(2);
    expect(scan.findings).toEqual([expect.objectContaining({ value: "Layla" })]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
