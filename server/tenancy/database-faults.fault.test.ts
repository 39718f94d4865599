// A hospital's database broken while the app serves (security item 13): on libsql its file deleted, truncated,
// locked by another process or made read-only; on Postgres its database dropped, or its server restarted under
// load. Every time: only that hospital fails, with a 503 and HOSPITAL_DATABASE_UNAVAILABLE (never a 500, never
// another hospital's data); the other hospital answers 200 throughout; once the fault is gone the hospital answers
// 200 again in the same app process (the registry retires the broken client and reopens).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver } from "@/db";
import { tenantFile } from "@/db/sqlite/driver";
import { startApiServer, type ApiServer } from "../testing/http";
import {
  createPatient,
  faultHospital,
  listPatients,
  lockFileElsewhere,
  setImmutable,
  sleep,
  ThrowAwayPostgres,
  type Answer,
  type FaultHospital,
} from "../testing/faults";
import { backupHospital } from "./backup";
import { hospitalDatabaseProblem } from "./index";

const dialect = driver().name;
let api: ApiServer;
let b: FaultHospital;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "zain-faults-"));

const unavailable = (a: Answer) => {
  expect(a.status, JSON.stringify(a)).toBe(503);
  expect(a.appCode).toBe("HOSPITAL_DATABASE_UNAVAILABLE");
};

/** B answers 200 with only its own patients, reads and writes */
async function bServes(tag: string) {
  const list = await listPatients(api.port, b.host, b.cookie);
  expect(list.status, JSON.stringify(list)).toBe(200);
  expect(list.names!.every((n) => n.startsWith("Bravo"))).toBe(true);
  const created = await createPatient(api.port, b.host, b.cookie, `Bravo${tag}`);
  expect(created.status, JSON.stringify(created)).toBe(200);
}

/** A answers 200 again with its own patients (no app restart: same process, same registry) */
async function aServes(a: FaultHospital) {
  const list = await listPatients(api.port, a.host, a.cookie);
  expect(list.status, JSON.stringify(list)).toBe(200);
  expect(list.names).toContain("Alpha");
  expect(list.names!.every((n) => n.startsWith("Alpha"))).toBe(true);
  expect((await createPatient(api.port, a.host, a.cookie, "Alphaagain")).status).toBe(200);
  expect(await hospitalDatabaseProblem(a.code)).toBeNull();
}

async function hospitalWithPatient(name: string, dbServer?: string) {
  const h = await faultHospital({ dbServer });
  expect((await createPatient(api.port, h.host, h.cookie, name)).status).toBe(200);
  return h;
}

beforeAll(async () => {
  api = await startApiServer();
  b = await hospitalWithPatient("Bravo");
});

afterAll(async () => {
  await api?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

if (dialect === "sqlite") {
  describe("libsql: one hospital's file", () => {
    const filesOf = (code: string) => {
      const f = tenantFile(code);
      return [f, `${f}-wal`, `${f}-shm`];
    };
    /**
     * puts a backup copy back in place of the damaged file as an operator should: the stale -wal and -shm removed
     * (an old WAL would be replayed into the copy), the copy renamed in (a new file, never written over the old one
     * in place, which SQLite connections of running processes may still have open)
     */
    const restoreCopy = (code: string, copy: string) => {
      const [file, ...side] = filesOf(code);
      for (const f of side) fs.rmSync(f!, { force: true });
      fs.copyFileSync(copy, `${file}.incoming`);
      fs.renameSync(`${file}.incoming`, file!);
    };

    it("deleted: 503 for that hospital only, 200 again once the file is back", async () => {
      const a = await hospitalWithPatient("Alpha");
      const copy = path.join(work, `${a.code}-deleted.db`);
      await backupHospital(a.code, copy);
      for (const f of filesOf(a.code)) fs.rmSync(f, { force: true });
      unavailable(await listPatients(api.port, a.host, a.cookie));
      unavailable(await createPatient(api.port, a.host, a.cookie, "Alphalost"));
      expect(await hospitalDatabaseProblem(a.code)).toBe("HOSPITAL_DATABASE_UNAVAILABLE");
      await bServes("1");
      restoreCopy(a.code, copy);
      await aServes(a);
    });

    it.each([100, "half"] as const)("truncated to %s bytes: 503, then 200 once restored", async (size) => {
      const a = await hospitalWithPatient("Alpha");
      const copy = path.join(work, `${a.code}-truncated.db`);
      await backupHospital(a.code, copy);
      const [file] = filesOf(a.code);
      const bytes = size === "half" ? Math.floor(fs.statSync(file!).size / 2) : size;
      fs.truncateSync(file!, bytes);
      unavailable(await listPatients(api.port, a.host, a.cookie));
      unavailable(await createPatient(api.port, a.host, a.cookie, "Alphalost"));
      await bServes("2");
      restoreCopy(a.code, copy);
      await aServes(a);
    });

    it("write-locked by another process: writes 503 after the busy timeout, reads go on; 200 once released", async () => {
      const a = await hospitalWithPatient("Alpha");
      const lock = await lockFileElsewhere(tenantFile(a.code));
      try {
        const [write] = await Promise.all([createPatient(api.port, a.host, a.cookie, "Alphalost"), bServes("3")]);
        unavailable(write);
        // WAL: readers never wait for a writer, so A's reads still answer (its own data)
        const read = await listPatients(api.port, a.host, a.cookie);
        expect(read.status).toBe(200);
        expect(read.names).toEqual(["Alpha"]);
      } finally {
        await lock.release();
      }
      await aServes(a);
    });

    it("made read-only (immutable, which stops root too): writes 503, 200 once writable again", async () => {
      const a = await hospitalWithPatient("Alpha");
      // the database file and its WAL, not the -shm: SQLite writes the WAL index through a shared memory mapping,
      // and a write through a mapping of a file made immutable meanwhile is a SIGBUS that kills the whole process
      const [file, wal] = filesOf(a.code);
      const paths = [file!, wal!];
      // chmod 0444 does not stop root (CAP_DAC_OVERRIDE): the immutable attribute does (see setImmutable)
      expect(setImmutable(paths, true), "chattr +i must work on the temp directory's file system").toBe(true);
      let write: Answer;
      let read: Answer;
      try {
        write = await createPatient(api.port, a.host, a.cookie, "Alphalost");
        read = await listPatients(api.port, a.host, a.cookie);
        await bServes("4");
      } finally {
        setImmutable(paths, false);
      }
      unavailable(write);
      // reads of a read-only file are still answered (the hospital's own data) or refused the same way
      if (read.status === 200) expect(read.names).toEqual(["Alpha"]);
      else unavailable(read);
      await aServes(a);
    });
  });
}

if (dialect === "pg") {
  describe("Postgres: one hospital's database", () => {
    it("dropped: 503 for that hospital only, 200 again once it is recreated from a backup", async () => {
      const a = await hospitalWithPatient("Alpha");
      const copy = path.join(work, `${a.code}-dropped.dump`);
      await backupHospital(a.code, copy);
      await driver().dropTenant(a.code, null);
      unavailable(await listPatients(api.port, a.host, a.cookie));
      unavailable(await createPatient(api.port, a.host, a.cookie, "Alphalost"));
      expect(await hospitalDatabaseProblem(a.code)).toBe("HOSPITAL_DATABASE_UNAVAILABLE");
      await bServes("1");
      await driver().restoreTenant(a.code, null, copy, async () => undefined);
      await aServes(a);
    });

    describe("its server restarted under load", () => {
      const pg2 = new ThrowAwayPostgres();
      beforeAll(() => pg2.start());
      afterAll(() => pg2.destroy());

      it("503 while it is down, B unaffected, 200 again once it is back", async () => {
        const a = await hospitalWithPatient("Alpha", pg2.url);
        const seen: Answer[] = [];
        let stop = false;
        const load = (async () => {
          while (!stop) {
            const [ra, rb] = await Promise.all([
              listPatients(api.port, a.host, a.cookie),
              listPatients(api.port, b.host, b.cookie),
            ]);
            seen.push(ra);
            expect(rb.status, JSON.stringify(rb)).toBe(200);
            expect(rb.names!.every((n) => n.startsWith("Bravo"))).toBe(true);
          }
        })();
        await sleep(300);
        await pg2.restart(); // while requests run
        await sleep(300);
        await pg2.stop();
        unavailable(await listPatients(api.port, a.host, a.cookie));
        unavailable(await createPatient(api.port, a.host, a.cookie, "Alphalost"));
        await bServes("2");
        await pg2.startAgain();
        await sleep(300);
        stop = true;
        await load;
        for (const r of seen) expect([200, 503], JSON.stringify(r)).toContain(r.status);
        expect(seen.length).toBeGreaterThan(3);
        await aServes(a);
      });
    });
  });
}
