// Restoring a hospital while the app runs (security review item 0). The app's request path is live in this process
// (real HTTP to the tRPC route, with this process's maintenance watcher polling every 250 ms); the restore is the
// function `pnpm hms restore` calls, run in-process and as the real CLI in a child process. Before this protocol a
// restore on libsql went on serving (and accepting writes into) the replaced file, and handed out MRNs again.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver } from "@/db";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { backupHospital, restoreHospital } from "./backup";
import { openHospitalDatabase } from "./index";
import { mainDb } from "./main-db";
import {
  endMaintenance,
  processId,
  startMaintenanceWatcher,
  stopMaintenanceWatcher,
  type MaintenanceWatcher,
} from "./maintenance";
import { TenantRegistry } from "./registry";

let server: ApiServer;
let watcher: MaintenanceWatcher;
let dir: string;
let h: TestHospital;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  server = await startApiServer();
  watcher = await startMaintenanceWatcher({ intervalMs: 250 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zain-restore-"));
  h = await makeHospital();
  api = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
});
afterAll(async () => {
  await stopMaintenanceWatcher();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const person = (firstName: string) => ({
  firstName,
  lastName: "Restore",
  dateOfBirth: "1980-01-01",
  gender: "O" as const,
});
const answer = (err: unknown) =>
  err instanceof TRPCClientError
    ? { appCode: err.data?.appCode as string, httpStatus: err.data?.httpStatus as number }
    : { appCode: String(err), httpStatus: 0 };
const mrnNumber = (mrn: string) => Number(mrn.split("-").pop());
let fileNo = 0;
const backupFile = () => path.join(dir, `${h.code}-${++fileNo}.backup`);

async function hospitalRow() {
  const [row] = await (await mainDb()).select().from(control.hospitals).where(eq(control.hospitals.code, h.code));
  return row!;
}

/** two polls: the second starts after the flag was cleared, so this process has reopened the hospital */
async function settled() {
  await watcher.poll();
  await watcher.poll();
}

/** the operator CLI in its own process; asynchronously, so this process goes on serving and polling meanwhile */
function hms(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/hms.ts", ...args], {
    env: { ...process.env, FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

async function waitUntil(cond: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe(`restoring a hospital while the app runs (${driver().name})`, () => {
  it("closes it meanwhile, serves the backup afterwards (the later patient gone) and never reuses an MRN", async () => {
    const kept = await api.patient.create.mutate(person("Kept"));
    const file = backupFile();
    await backupHospital(h.code, file);
    const lost = await api.patient.create.mutate(person("Lost")); // written after the backup
    expect((await api.patient.list.query({ limit: 100 })).items.map((p) => p.id)).toContain(lost.id); // open here

    const during: Array<{ appCode: string; httpStatus: number }> = [];
    const r = await restoreHospital(h.code, file, {
      whileClosed: async () => {
        // this process has acknowledged: the flag and its row are in the main database
        const row = await hospitalRow();
        expect(row.maintenanceSince).toBeInstanceOf(Date);
        expect(row.maintenanceReason).toBe("restore");
        const acks = await (
          await mainDb()
        )
          .select()
          .from(control.maintenanceAcks)
          .where(eq(control.maintenanceAcks.hospitalId, h.id));
        expect(acks.map((a) => [a.processId, a.maintenanceSince.getTime()])).toContainEqual([
          processId(),
          row.maintenanceSince!.getTime(),
        ]);
        // no write is accepted, nothing is read
        for (const call of [
          () => api.patient.create.mutate(person("DuringMaintenance")),
          () => api.patient.list.query({ limit: 100 }),
          () => api.patient.get.query({ id: kept.id }),
        ])
          during.push(await call().then(() => ({ appCode: "served", httpStatus: 200 }), answer));
        // a second restore (or move) of the same hospital is refused meanwhile
        await expect(restoreHospital(h.code, file)).rejects.toMatchObject({ code: "MAINTENANCE_IN_PROGRESS" });
      },
    });
    expect(during).toEqual(Array(3).fill({ appCode: "MAINTENANCE", httpStatus: 503 }));
    expect(r.acknowledgedBy).toContain(processId());
    expect(r.carriedCounters).toBeGreaterThanOrEqual(1);
    expect((await hospitalRow()).maintenanceSince).toBeNull();

    await settled();
    // the backup is served, not the replaced database: the later patient is gone, nothing written meanwhile exists
    const names = (await api.patient.list.query({ limit: 100 })).items.map((p) => p.firstName);
    expect(names).toEqual(["Kept"]);
    await expect(api.patient.get.query({ id: lost.id })).rejects.toSatisfy(
      (e) => answer(e).appCode === "PATIENT_NOT_FOUND" || answer(e).appCode === "NOT_FOUND",
    );
    expect((await api.patient.get.query({ id: kept.id })).mrn).toBe(kept.mrn);
    // the MRN of the lost patient was handed out (maybe printed on a wristband): the next one is new
    const next = await api.patient.create.mutate(person("AfterRestore"));
    expect(next.mrn).not.toBe(kept.mrn);
    expect(next.mrn).not.toBe(lost.mrn);
    expect(mrnNumber(next.mrn)).toBe(mrnNumber(lost.mrn) + 1);
  });

  it("the CLI waits for every live app process to acknowledge, and not for one whose heartbeat is stale", async () => {
    const main = await mainDb();
    const file = backupFile();
    await backupHospital(h.code, file);
    const other = `other-host:4242:${Date.now()}`;
    await main.insert(control.appProcesses).values({
      id: other,
      host: "other-host",
      pid: 4242,
      pollIntervalMs: 60_000,
      startedAt: new Date(),
      heartbeatAt: new Date(),
    });
    try {
      // live and silent: the restore waits for it
      const waitingFor: string[][] = [];
      let finished = false;
      const restoring = restoreHospital(h.code, file, { pollMs: 20, onWaiting: (p) => waitingFor.push(p) }).then(
        (r) => ((finished = true), r),
      );
      await waitUntil(() => waitingFor.length > 0);
      await new Promise((r) => setTimeout(r, 300));
      expect(finished).toBe(false);
      expect(waitingFor.at(-1)).toEqual([other]); // this process acknowledged; only the other one is awaited
      // the other process acknowledges this maintenance (as its watcher does)
      const since = (await hospitalRow()).maintenanceSince!;
      await main.insert(control.maintenanceAcks).values({
        id: crypto.randomUUID(),
        hospitalId: h.id,
        processId: other,
        maintenanceSince: since,
        ackedAt: new Date(),
      });
      const r = await restoring;
      expect(r.acknowledgedBy.sort()).toEqual([other, processId()].sort());

      // its heartbeat is now older than a few poll intervals: it is not live, the restore proceeds without it
      await main
        .update(control.appProcesses)
        .set({ heartbeatAt: new Date(Date.now() - 6 * 60_000) })
        .where(eq(control.appProcesses.id, other));
      const started = Date.now();
      const r2 = await restoreHospital(h.code, file, { pollMs: 20, ackTimeoutMs: 10_000 });
      expect(r2.acknowledgedBy).toEqual([processId()]);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await main.delete(control.appProcesses).where(eq(control.appProcesses.id, other));
      await settled();
    }
  });

  it("gives up when a live process never acknowledges: nothing replaced, the hospital open again", async () => {
    const main = await mainDb();
    const file = backupFile();
    await backupHospital(h.code, file);
    const marker = await api.patient.create.mutate(person("AfterThisBackup"));
    const silent = `silent-host:1:${Date.now()}`;
    await main.insert(control.appProcesses).values({
      id: silent,
      pollIntervalMs: 60_000,
      startedAt: new Date(),
      heartbeatAt: new Date(),
    });
    try {
      await expect(restoreHospital(h.code, file, { pollMs: 20, ackTimeoutMs: 300 })).rejects.toMatchObject({
        code: "MAINTENANCE_NOT_ACKNOWLEDGED",
        params: { code: h.code, count: 1, processes: silent },
      });
      expect((await hospitalRow()).maintenanceSince).toBeNull();
      await settled();
      expect((await api.patient.get.query({ id: marker.id })).mrn).toBe(marker.mrn);
    } finally {
      await main.delete(control.appProcesses).where(eq(control.appProcesses.id, silent));
    }
  });

  it("pnpm hms restore, run as its own process, waits for this app process and restores", async () => {
    const file = backupFile();
    await backupHospital(h.code, file);
    const lost = await api.patient.create.mutate(person("LostAgain"));
    const { code, out, err } = await hms("restore", h.code, "--from", file);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toContain(`closed by 1 running app process(es): ${processId()}`);
    expect(out).toContain(`Hospital ${h.code}: restored from ${file} and open again`);
    await settled();
    await expect(api.patient.get.query({ id: lost.id })).rejects.toSatisfy((e) =>
      ["PATIENT_NOT_FOUND", "NOT_FOUND"].includes(answer(e).appCode),
    );
    const next = await api.patient.create.mutate(person("AfterCliRestore"));
    expect(mrnNumber(next.mrn)).toBe(mrnNumber(lost.mrn) + 1);
  });

  it("a hospital left closed by a dead restore serves nobody until pnpm hms maintenance CODE --off", async () => {
    const main = await mainDb();
    await main
      .update(control.hospitals)
      .set({ maintenanceSince: new Date(), maintenanceReason: "restore" })
      .where(eq(control.hospitals.id, h.id));
    await settled();
    await expect(api.patient.list.query({})).rejects.toSatisfy((e) => answer(e).appCode === "MAINTENANCE");
    // a process without a watcher (a script, db:provision) cannot open it either
    const script = new TenantRegistry(1, openHospitalDatabase);
    await expect(script.with(h.code, async () => "opened")).rejects.toMatchObject({ code: "MAINTENANCE" });
    const cli = await hms("maintenance", h.code.toLowerCase(), "--off");
    expect({ ...cli, out: cli.out.trim() }).toEqual({ code: 0, out: `Hospital ${h.code}: open again`, err: "" });
    expect(await endMaintenance(h.code)).toBe(false); // nothing left to reopen
    await settled();
    expect((await api.patient.list.query({})).items.length).toBeGreaterThan(0);
  });
});
