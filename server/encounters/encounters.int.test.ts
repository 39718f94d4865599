import { TRPCClientError } from "@trpc/client";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control, driver, tenant } from "@/db";
import { withHospital } from "../tenancy";
import { mainDb } from "../tenancy/main-db";
import {
  cookieFor,
  makeHospital,
  makeUser,
  nextWeekdaySlot,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let h: TestHospital;
let doctorUser: TestUser;
let doctor: ReturnType<typeof apiClient>;
let otherDoctor: ReturnType<typeof apiClient>;
let nurse: ReturnType<typeof apiClient>;
let reception: ReturnType<typeof apiClient>;
let patientId: string;

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { code?: string } | undefined)?.code : String(err);
const rows = (
  table: typeof tenant.vitals | typeof tenant.diagnoses | typeof tenant.prescriptions | typeof tenant.encounterAddenda,
) => withHospital(h.code, async (db) => (await db.select({ n: count() }).from(table))[0]!.n);

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  doctorUser = await makeUser(h, "DOCTOR");
  doctor = apiClient(server.port, h.host, await cookieFor(h.host, doctorUser));
  otherDoctor = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "DOCTOR")));
  nurse = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "NURSE")));
  reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
  patientId = (
    await reception.patient.create.mutate({
      firstName: "Enc",
      lastName: "Ounter",
      dateOfBirth: "1960-03-03",
      gender: "M",
    })
  ).id;
}, 120_000);
afterAll(() => server.close());

describe(`encounters (${driver().name})`, () => {
  it("from a checked-in appointment to a signed, read-only encounter with addenda", async () => {
    const appt = await reception.appointment.create.mutate({
      patientId,
      doctorId: doctorUser.id,
      startsAt: nextWeekdaySlot(1, "13:00"),
      reason: "Headache",
    });
    await expect(doctor.encounter.start.mutate({ appointmentId: appt.id })).rejects.toSatisfy(
      (e) => codeOf(e) === "CONFLICT",
    ); // not checked in
    await reception.appointment.updateStatus.mutate({ id: appt.id, status: "CONFIRMED" });
    await reception.appointment.updateStatus.mutate({ id: appt.id, status: "CHECKED_IN" });
    const enc = await doctor.encounter.start.mutate({ appointmentId: appt.id });
    expect(enc).toMatchObject({
      status: "OPEN",
      kind: "APPOINTMENT",
      chiefComplaint: "Headache",
      doctorId: doctorUser.id,
    });
    await expect(doctor.encounter.start.mutate({ appointmentId: appt.id })).rejects.toSatisfy(
      (e) => codeOf(e) === "CONFLICT",
    );
    expect((await reception.appointment.get.query({ id: appt.id })).status).toBe("IN_PROGRESS");

    const v = await nurse.encounter.recordVitals.mutate({
      encounterId: enc.id,
      systolic: 128,
      diastolic: 84,
      pulse: 76,
      respiratoryRate: 16,
      temperatureC: 37.1,
      spo2: 98,
      heightCm: 175,
      weightKg: 70,
    });
    expect(v.bmi).toBe(22.9);
    await expect(
      nurse.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, subjective: "x" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "FORBIDDEN");
    await doctor.encounter.saveNote.mutate({
      encounterId: enc.id,
      baseVersion: 0,
      subjective: "Headache for 3 days",
      objective: "Alert, oriented",
      assessment: "Tension headache",
      plan: "Analgesia, review in 1 week",
    });
    const dx = await doctor.encounter.addDiagnosis.mutate({ encounterId: enc.id, icdCode: "r51" });
    expect(dx.title.length).toBeGreaterThan(3);
    await expect(doctor.encounter.addDiagnosis.mutate({ encounterId: enc.id, icdCode: "Z99.999" })).rejects.toSatisfy(
      (e) => codeOf(e) === "BAD_REQUEST",
    );
    await doctor.encounter.addPrescription.mutate({
      encounterId: enc.id,
      drug: "Paracetamol",
      dose: "1 g",
      route: "ORAL",
      frequency: "every 6 hours as needed",
      durationDays: 5,
      instructions: "Max 4 g a day",
    });

    await expect(otherDoctor.encounter.sign.mutate({ id: enc.id })).rejects.toSatisfy((e) => codeOf(e) === "FORBIDDEN");
    await expect(doctor.encounter.addAddendum.mutate({ encounterId: enc.id, text: "too early" })).rejects.toSatisfy(
      (e) => codeOf(e) === "CONFLICT",
    );
    const signed = await doctor.encounter.sign.mutate({ id: enc.id });
    expect(signed).toMatchObject({ status: "SIGNED", signedBy: doctorUser.id });
    expect((await reception.appointment.get.query({ id: appt.id })).status).toBe("COMPLETED");

    // read-only now: every change is refused and nothing is written
    const before = await Promise.all([rows(tenant.vitals), rows(tenant.diagnoses), rows(tenant.prescriptions)]);
    const attempts = [
      () => nurse.encounter.recordVitals.mutate({ encounterId: enc.id, pulse: 80 }),
      () => doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 1, plan: "changed" }),
      () => doctor.encounter.addDiagnosis.mutate({ encounterId: enc.id, icdCode: "I10" }),
      () =>
        doctor.encounter.addPrescription.mutate({
          encounterId: enc.id,
          drug: "X",
          dose: "1",
          route: "ORAL",
          frequency: "daily",
          durationDays: 1,
        }),
      () => doctor.encounter.removeDiagnosis.mutate({ encounterId: enc.id, id: dx.id }),
      () => doctor.encounter.sign.mutate({ id: enc.id }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toSatisfy((e) => codeOf(e) === "CONFLICT");
    expect(await Promise.all([rows(tenant.vitals), rows(tenant.diagnoses), rows(tenant.prescriptions)])).toEqual(
      before,
    );

    const add = await nurse.encounter.addAddendum.mutate({
      encounterId: enc.id,
      text: "Patient called: headache resolved.",
    });
    expect(add).toMatchObject({ authorName: expect.stringContaining("NURSE") });
    const full = await doctor.encounter.get.query({ id: enc.id });
    expect(full).toMatchObject({ status: "SIGNED", plan: "Analgesia, review in 1 week" });
    expect(full.vitals).toHaveLength(1);
    expect(full.diagnoses).toHaveLength(1);
    expect(full.prescriptions).toHaveLength(1);
    expect(full.addenda).toHaveLength(1);
    expect(full.addenda[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("walk-ins: a doctor sees a patient without an appointment; a nurse must name the doctor", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId, chiefComplaint: "Cough" });
    expect(enc).toMatchObject({ kind: "WALK_IN", doctorId: doctorUser.id });
    await expect(nurse.encounter.start.mutate({ patientId })).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(nurse.encounter.start.mutate({ patientId, doctorId: doctorUser.id })).resolves.toMatchObject({
      kind: "WALK_IN",
    });
    await expect(reception.encounter.start.mutate({ patientId })).rejects.toSatisfy((e) => codeOf(e) === "FORBIDDEN");
    const list = await doctor.encounter.list.query({ patientId });
    expect(list.length).toBeGreaterThanOrEqual(2);
  });

  it("walk-ins: the doctor a nurse names must be an active doctor of this hospital (answer on doctorId)", async () => {
    const fieldOf = (err: unknown) =>
      err instanceof TRPCClientError
        ? (err.data as { appCode?: string; fieldErrors?: { path: string; code: string }[] } | undefined)
        : undefined;
    const refused = async (doctorId: string) => {
      const before = (await doctor.encounter.list.query({ patientId })).length;
      const err = await nurse.encounter.start.mutate({ patientId, doctorId }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(codeOf(err)).toBe("NOT_FOUND");
      expect(fieldOf(err)).toMatchObject({
        appCode: "DOCTOR_NOT_FOUND",
        fieldErrors: [{ path: "doctorId", code: "DOCTOR_NOT_FOUND" }],
      });
      expect((await doctor.encounter.list.query({ patientId })).length).toBe(before); // nothing written
    };
    const aNurse = await makeUser(h, "NURSE");
    await refused(aNurse.id); // not a doctor
    const elsewhere = await makeUser(await makeHospital(), "DOCTOR");
    await refused(elsewhere.id); // another hospital's doctor
    const leaving = await makeUser(h, "DOCTOR");
    await (await mainDb()).update(control.users).set({ isActive: false }).where(eq(control.users.id, leaving.id));
    await refused(leaving.id); // deactivated
    await refused("00000000-0000-4000-8000-000000000000"); // nobody
  });

  it.each([
    [{ systolic: 300, diastolic: 80 }, /Systolic/],
    [{ systolic: 120 }, /both/],
    [{ systolic: 80, diastolic: 90 }, /lower than systolic/],
    [{ pulse: 0 }, /Pulse/],
    [{ temperatureC: 52 }, /Temperature/],
    [{ spo2: 101 }, /SpO/],
    [{ weightKg: -3 }, /Weight/],
    [{ heightCm: 999 }, /Height/],
    [{ pulse: 70.5 }, /whole number/],
    [{ pulse: "seventy" }, /.+/],
    [{}, /at least one/],
  ])("refuses implausible vitals %j with a clear BAD_REQUEST and writes nothing", async (vitals, message) => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    const before = await rows(tenant.vitals);
    await expect(
      nurse.encounter.recordVitals.mutate({ encounterId: enc.id, ...(vitals as object) } as never),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST" && message.test((e as Error).message));
    expect(await rows(tenant.vitals)).toBe(before);
  });

  it("hostile input: oversize text, wrong types, impossible dates → BAD_REQUEST; script tags are kept as plain text", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    await expect(
      doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, subjective: "x".repeat(10_001) }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, subjective: 42 } as never),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(doctor.encounter.saveNote.mutate({ encounterId: "not-an-id", baseVersion: 0 })).rejects.toSatisfy(
      (e) => codeOf(e) === "BAD_REQUEST",
    );
    await expect(
      doctor.encounter.addPrescription.mutate({
        encounterId: enc.id,
        drug: "",
        dose: "1",
        route: "ORAL",
        frequency: "d",
        durationDays: 1,
      }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      doctor.encounter.addPrescription.mutate({
        encounterId: enc.id,
        drug: "X",
        dose: "1",
        route: "TELEPATHY",
        frequency: "d",
        durationDays: 1,
      } as never),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "nul\u0000byte" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      reception.patient.create.mutate({ firstName: "A", lastName: "B", dateOfBirth: "2025-02-30", gender: "F" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      reception.patient.create.mutate({
        firstName: "A".repeat(101),
        lastName: "B",
        dateOfBirth: "2000-01-01",
        gender: "F",
      }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    await expect(
      reception.patient.create.mutate({
        firstName: "A",
        lastName: "B",
        dateOfBirth: "2000-01-01",
        gender: "X",
      } as never),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    const script = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    await doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, assessment: script });
    expect((await doctor.encounter.get.query({ id: enc.id })).assessment).toBe(script);
    const encRow = await withHospital(h.code, (db) =>
      db.select({ a: tenant.encounters.assessment }).from(tenant.encounters).where(eq(tenant.encounters.id, enc.id)),
    );
    expect(encRow[0]!.a).toBe(script);
  });

  it("finds ICD-10 codes by code prefix and by words of the title", async () => {
    const byCode = await doctor.icd.search.query({ q: "I10" });
    expect(byCode[0]).toMatchObject({ code: "I10" });
    const byWords = await doctor.icd.search.query({ q: "type 2 diabetes" });
    expect(byWords.some((r) => r.code.startsWith("E11"))).toBe(true);
  });
});
