// Bulk PHI reads (security review item 6): every list, search and the reception queue writes ONE access-log entry
// per request — who, which list, its filters, how many patients and which — through the buffered writer, and the
// chain still verifies. Real HTTP on both databases; flushPhiReads() stands in for the writer's one-second tick.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver, tenant } from "@/db";
import { withHospital } from "../tenancy";
import { mainDb } from "../tenancy/main-db";
import { cookieFor, makeHospital, makeUser, nextWeekdaySlot, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { flushPhiReads, PHI_FLUSH_INTERVAL_MS } from "./phi";

let server: ApiServer;
let h: TestHospital;
let reception: ReturnType<typeof apiClient>;
let doctor: ReturnType<typeof apiClient>;
let admin: ReturnType<typeof apiClient>;
let receptionistId: string;
const patientIds: string[] = [];
const log = tenant.phiAccessLog;

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  const receptionist = await makeUser(h, "RECEPTIONIST");
  receptionistId = receptionist.id;
  const doctorUser = await makeUser(h, "DOCTOR");
  reception = apiClient(server.port, h.host, await cookieFor(h.host, receptionist));
  doctor = apiClient(server.port, h.host, await cookieFor(h.host, doctorUser));
  admin = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
  for (const firstName of ["Salim", "Samira"])
    patientIds.push(
      (
        await reception.patient.create.mutate({
          firstName,
          lastName: "Bulkread",
          dateOfBirth: "1975-05-05",
          gender: "O",
          phone: "+968 9555 0101",
        })
      ).id,
    );
  await reception.appointment.create.mutate({
    patientId: patientIds[0]!,
    doctorId: doctorUser.id,
    startsAt: nextWeekdaySlot(1, "11:00"),
    reason: "Check-up",
  });
  await doctor.encounter.start.mutate({ patientId: patientIds[1]!, chiefComplaint: "Cough" });
}, 120_000);
afterAll(() => server.close());

async function entries(action: string) {
  await flushPhiReads();
  return withHospital(h.code, (db) => db.select().from(log).where(eq(log.action, action)));
}

describe(`bulk PHI reads are logged, one entry per request (${driver().name})`, () => {
  it("patient.list: the search text, how many patients and which", async () => {
    const before = (await entries("patient.list")).length;
    const page = await reception.patient.list.query({ search: "bulkread", limit: 50 });
    expect(page.items).toHaveLength(2);
    const after = await entries("patient.list");
    expect(after).toHaveLength(before + 1);
    const e = after[after.length - 1]!;
    expect(e.userId).toBe(receptionistId);
    expect(e.details).toEqual({
      filters: { search: "bulkread" },
      count: 2,
      patientIds: expect.arrayContaining(patientIds),
    });
  });

  it("patient.findDuplicates", async () => {
    const before = (await entries("patient.findDuplicates")).length;
    const found = await reception.patient.findDuplicates.query({
      firstName: "Salim",
      lastName: "Bulkread",
      dateOfBirth: "1975-05-05",
      phone: "+968 9555 0101",
    });
    expect(found.length).toBe(2); // same name and birth date, or same phone
    const after = await entries("patient.findDuplicates");
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.details).toMatchObject({
      count: 2,
      patientIds: expect.arrayContaining(patientIds),
    });
  });

  it("encounter.list", async () => {
    const before = (await entries("encounter.list")).length;
    const rows = await doctor.encounter.list.query({ limit: 50 });
    expect(rows).toHaveLength(1);
    const after = await entries("encounter.list");
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.details).toEqual({ filters: {}, count: 1, patientIds: [patientIds[1]] });
    expect(after[after.length - 1]!.patientId).toBe(patientIds[1]); // a one-patient list shows on that chart's log
  });

  it("appointment.list, with its date range", async () => {
    const before = (await entries("appointment.list")).length;
    const res = await reception.appointment.list.query({ limit: 100 });
    expect(res.items).toHaveLength(1);
    const after = await entries("appointment.list");
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.details).toEqual({
      filters: { from: res.from, to: res.to },
      count: 1,
      patientIds: [patientIds[0]],
    });
  });

  it("appointment.queue, also an empty one", async () => {
    const before = (await entries("appointment.queue")).length;
    const res = await reception.appointment.queue.query();
    const after = await entries("appointment.queue");
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]!.details).toMatchObject({ filters: { date: res.from }, count: res.items.length });
  });

  it("concurrent lists: one entry each, and the chain (with its anchor) verifies", async () => {
    const before = (await entries("patient.list")).length;
    await Promise.all(Array.from({ length: 8 }, () => reception.patient.list.query({ limit: 10 })));
    expect(await entries("patient.list")).toHaveLength(before + 8);
    expect(await admin.phiLog.verify.query()).toMatchObject({ ok: true, problems: [] });
  });

  it("a change over HTTP moves the main database's checkpoint to the log's last entry", async () => {
    await reception.patient.create.mutate({
      firstName: "Anchor",
      lastName: "Bulkread",
      dateOfBirth: "1990-01-01",
      gender: "O",
    });
    await flushPhiReads();
    const [last] = await withHospital(h.code, (db) => db.select().from(log).orderBy(desc(log.seq)).limit(1));
    const c = control.phiCheckpoints;
    const [cp] = await (await mainDb()).select().from(c).where(eq(c.hospitalId, h.id));
    expect(cp).toMatchObject({ seq: last!.seq, hash: last!.hash });
  });

  it("the admin's access log names the patients (name and MRN) and the staff (their names)", async () => {
    await flushPhiReads();
    const page = await admin.phiLog.list.query({ patientId: patientIds[0]!, limit: 50 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items)
      expect(item.patient).toMatchObject({ name: "Salim Bulkread", mrn: expect.stringMatching(/-\d{6}$/) });
    const created = page.items.find((i) => i.action === "patient.create");
    expect(created).toMatchObject({ userId: receptionistId, userName: expect.stringMatching(/\S+ \S+/) });
  });

  it("the writer flushes by itself within its interval", async () => {
    await flushPhiReads();
    const count = async () =>
      (
        await withHospital(h.code, (db) =>
          db
            .select({ seq: log.seq })
            .from(log)
            .where(and(eq(log.action, "patient.list"), eq(log.userId, receptionistId))),
        )
      ).length;
    const before = await count();
    await reception.patient.list.query({ search: "sam", limit: 10 });
    await new Promise((r) => setTimeout(r, PHI_FLUSH_INTERVAL_MS + 500));
    expect(await count()).toBe(before + 1);
  });
});
