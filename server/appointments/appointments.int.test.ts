import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver, tenant } from "@/db";
import { APPOINTMENT_STATUSES, type AppointmentStatus } from "@/shared/enums";
import { withHospital } from "../tenancy";
import {
  cookieFor,
  makeHospital,
  makeUser,
  nextWeekdaySlot,
  type TestHospital,
  type TestUser,
} from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";
import { TRANSITIONS } from "../../shared/appointments/rules";

let server: ApiServer;
let h: TestHospital;
let doctor: TestUser;
let doctor2: TestUser;
let reception: ReturnType<typeof apiClient>;
let nurse: ReturnType<typeof apiClient>;
let doc: ReturnType<typeof apiClient>;
let admin: ReturnType<typeof apiClient>;
let patientId: string;

const codeOf = (err: unknown) =>
  err instanceof TRPCClientError ? (err.data as { code?: string } | undefined)?.code : String(err);

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  doctor = await makeUser(h, "DOCTOR");
  doctor2 = await makeUser(h, "DOCTOR");
  reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
  nurse = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "NURSE")));
  doc = apiClient(server.port, h.host, await cookieFor(h.host, doctor));
  admin = apiClient(server.port, h.host, await cookieFor(h.host, h.admin));
  patientId = (
    await reception.patient.create.mutate({
      firstName: "Book",
      lastName: "Ing",
      dateOfBirth: "1985-07-07",
      gender: "F",
    })
  ).id;
}, 120_000);
afterAll(() => server.close());

let slotCounter = 0;
/** upcoming weekdays (the test hospital runs on UTC, Monday–Friday 08:00–17:00) */
const weekdays = Array.from(
  { length: 60 },
  (_, d) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1 + d)),
).filter((d) => d.getUTCDay() % 6 !== 0);
/** a distinct free slot each call: 16 a day (08:00–15:30) on successive weekdays, so tests never collide */
const freshSlot = () => {
  const i = slotCounter++;
  const day = weekdays[Math.floor(i / 16)]!;
  return new Date(day.getTime() + (8 * 60 + (i % 16) * 30) * 60_000);
};

describe(`appointments (${driver().name})`, () => {
  it("20 concurrent bookings of one doctor's slot: exactly one wins, the others get CONFLICT naming the clash", async () => {
    const startsAt = freshSlot();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        reception.appointment.create.mutate({ patientId, doctorId: doctor.id, startsAt, durationMinutes: 15 }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    const number = (won[0] as PromiseFulfilledResult<{ number: string }>).value.number;
    for (const l of lost) {
      expect(codeOf(l.reason)).toBe("CONFLICT");
      expect((l.reason as Error).message).toContain(number);
    }
    // overlapping, not just identical, times clash too
    await expect(
      reception.appointment.create.mutate({
        patientId,
        doctorId: doctor.id,
        startsAt: new Date(startsAt.getTime() + 10 * 60_000),
        durationMinutes: 15,
      }),
    ).rejects.toSatisfy((e) => codeOf(e) === "CONFLICT");
    // another doctor at the same time is fine
    await expect(
      reception.appointment.create.mutate({ patientId, doctorId: doctor2.id, startsAt, durationMinutes: 15 }),
    ).resolves.toMatchObject({ status: "SCHEDULED" });
  });

  it("numbers are <CODE>-APT-YYYYMMDD-NNNN and unique under concurrency", async () => {
    const day = freshSlot();
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        reception.appointment.create.mutate({
          patientId,
          doctorId: i % 2 ? doctor.id : doctor2.id,
          startsAt: new Date(day.getTime() + Math.floor(i / 2) * 15 * 60_000),
          durationMinutes: 15,
        }),
      ),
    );
    const ymd = day.toISOString().slice(0, 10).replace(/-/g, "");
    for (const m of made) expect(m.number).toMatch(new RegExp(`^${h.code}-APT-${ymd}-\\d{4}$`));
    expect(new Set(made.map((m) => m.number)).size).toBe(12);
  });

  it("50 concurrent registrations get 50 distinct MRNs", async () => {
    const made = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        reception.patient.create.mutate({
          firstName: `Mrn${i}`,
          lastName: "Race",
          dateOfBirth: "2000-01-01",
          gender: "O",
        }),
      ),
    );
    expect(new Set(made.map((p) => p.mrn)).size).toBe(50);
    for (const p of made) expect(p.mrn).toMatch(/^[A-Z0-9]+-\d{6}$/);
  });

  it.each([
    ["in the past", () => new Date(Date.now() - 3 * 86_400_000), /past/],
    ["beyond the booking horizon", () => nextWeekdaySlot(120, "10:00"), /at most 90 days/],
    ["outside working hours", () => nextWeekdaySlot(1, "20:00"), /working hours/],
    [
      "at the weekend",
      () => {
        const d = nextWeekdaySlot(1, "10:00");
        while (d.getUTCDay() !== 6) d.setUTCDate(d.getUTCDate() + 1);
        return d;
      },
      /working hours/,
    ],
  ])("refuses a booking %s, writing nothing", async (_, at, message) => {
    const before = await withHospital(h.code, (db) =>
      db.select({ id: tenant.appointments.id }).from(tenant.appointments),
    );
    await expect(
      reception.appointment.create.mutate({ patientId, doctorId: doctor.id, startsAt: at() }),
    ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST" && message.test((e as Error).message));
    const after = await withHospital(h.code, (db) =>
      db.select({ id: tenant.appointments.id }).from(tenant.appointments),
    );
    expect(after.length).toBe(before.length);
  });

  it("refuses hostile input with BAD_REQUEST: wrong types, bad dates, unknown ids", async () => {
    const bad: unknown[] = [
      { patientId, doctorId: doctor.id, startsAt: "2025-02-30T10:00:00Z" },
      { patientId, doctorId: doctor.id, startsAt: "tomorrow" },
      { patientId, doctorId: doctor.id, startsAt: freshSlot(), durationMinutes: 100000 },
      { patientId: "not-a-uuid", doctorId: doctor.id, startsAt: freshSlot() },
      { patientId, doctorId: doctor.id, startsAt: freshSlot(), priority: "EXTREME" },
      { patientId, doctorId: doctor.id, startsAt: freshSlot(), reason: "x".repeat(5000) },
    ];
    for (const input of bad)
      await expect(reception.appointment.create.mutate(input as never)).rejects.toSatisfy(
        (e) => codeOf(e) === "BAD_REQUEST",
      );
    await expect(
      reception.appointment.create.mutate({ patientId, doctorId: h.admin.id, startsAt: freshSlot() }),
    ).rejects.toSatisfy((e) => codeOf(e) === "NOT_FOUND");
  });

  /** an appointment put into `status` along legal steps */
  async function appointmentIn(status: AppointmentStatus) {
    const appt = await reception.appointment.create.mutate({
      patientId,
      doctorId: doctor.id,
      startsAt: freshSlot(),
      durationMinutes: 15,
    });
    const path: Record<AppointmentStatus, AppointmentStatus[]> = {
      SCHEDULED: [],
      CONFIRMED: ["CONFIRMED"],
      CHECKED_IN: ["CONFIRMED", "CHECKED_IN"],
      IN_PROGRESS: ["CONFIRMED", "CHECKED_IN", "IN_PROGRESS"],
      COMPLETED: ["CONFIRMED", "CHECKED_IN", "IN_PROGRESS", "COMPLETED"],
      CANCELLED: ["CANCELLED"],
      NO_SHOW: ["NO_SHOW"],
      RESCHEDULED: [],
    };
    for (const step of path[status])
      await admin.appointment.updateStatus.mutate({ id: appt.id, status: step, reason: "test" });
    if (status === "RESCHEDULED")
      await reception.appointment.reschedule.mutate({ id: appt.id, startsAt: freshSlot(), reason: "moved" });
    return appt.id;
  }
  const historyOf = (id: string) =>
    withHospital(h.code, (db) =>
      db.select().from(tenant.appointmentHistory).where(eq(tenant.appointmentHistory.appointmentId, id)),
    );

  it(
    "the status machine: every legal transition works and is kept in the history; every illegal one is refused and writes nothing",
    { timeout: 240_000 },
    async () => {
      for (const from of APPOINTMENT_STATUSES) {
        for (const to of APPOINTMENT_STATUSES) {
          if (to === "RESCHEDULED" || to === "SCHEDULED") continue; // reached only through reschedule / booking
          const id = await appointmentIn(from);
          const before = await historyOf(id);
          const legal = TRANSITIONS[from].includes(to);
          const attempt = admin.appointment.updateStatus.mutate({ id, status: to, reason: "because" });
          if (legal) {
            await expect(attempt, `${from} → ${to}`).resolves.toMatchObject({ status: to });
            const after = await historyOf(id);
            expect(after.length).toBe(before.length + 1);
            expect(after.find((x) => x.toStatus === to && x.fromStatus === from)).toMatchObject({
              byUserId: h.admin.id,
              reason: "because",
            });
          } else {
            await expect(attempt, `${from} → ${to}`).rejects.toSatisfy((e) => codeOf(e) === "CONFLICT");
            expect((await historyOf(id)).length).toBe(before.length);
          }
        }
      }
      await expect(
        admin.appointment.updateStatus.mutate({ id: await appointmentIn("SCHEDULED"), status: "SCHEDULED" }),
      ).rejects.toSatisfy((e) => codeOf(e) === "BAD_REQUEST");
    },
  );

  it("checks who may make each change: a receptionist cannot complete, a nurse cannot cancel", async () => {
    const id = await appointmentIn("IN_PROGRESS");
    await expect(reception.appointment.updateStatus.mutate({ id, status: "COMPLETED" })).rejects.toSatisfy(
      (e) => codeOf(e) === "FORBIDDEN",
    );
    await expect(doc.appointment.updateStatus.mutate({ id, status: "COMPLETED" })).resolves.toMatchObject({
      status: "COMPLETED",
    });
    const other = await appointmentIn("CONFIRMED");
    await expect(
      nurse.appointment.updateStatus.mutate({ id: other, status: "CANCELLED", reason: "x" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "FORBIDDEN");
  });

  it("rescheduling frees the old slot, books the new one under a new number, and links them", async () => {
    const oldAt = freshSlot();
    const first = await reception.appointment.create.mutate({
      patientId,
      doctorId: doctor.id,
      startsAt: oldAt,
      durationMinutes: 15,
    });
    const moved = await reception.appointment.reschedule.mutate({
      id: first.id,
      startsAt: freshSlot(),
      reason: "patient asked",
    });
    expect(moved.number).not.toBe(first.number);
    const old = await reception.appointment.get.query({ id: first.id });
    expect(old.status).toBe("RESCHEDULED");
    expect(old.history.at(-1)).toMatchObject({ toStatus: "RESCHEDULED", reason: "patient asked" });
    // the old slot is free again
    await expect(
      reception.appointment.create.mutate({ patientId, doctorId: doctor.id, startsAt: oldAt, durationMinutes: 15 }),
    ).resolves.toBeDefined();
    // cancelling needs a reason
    await expect(reception.appointment.cancel.mutate({ id: moved.id, reason: "" })).rejects.toSatisfy(
      (e) => codeOf(e) === "BAD_REQUEST",
    );
    await expect(reception.appointment.cancel.mutate({ id: moved.id, reason: "unwell" })).resolves.toMatchObject({
      status: "CANCELLED",
    });
  });

  it("lists a doctor's day in the hospital's time zone and today's reception queue", async () => {
    const at = freshSlot();
    const made = await reception.appointment.create.mutate({
      patientId,
      doctorId: doctor2.id,
      startsAt: at,
      durationMinutes: 20,
    });
    const date = at.toISOString().slice(0, 10);
    const day = await doc.appointment.list.query({ from: date, to: date, doctorId: doctor2.id });
    expect(day.items.map((i) => i.id)).toContain(made.id);
    expect(day.items.every((i) => i.doctorId === doctor2.id)).toBe(true);
    expect(day.timeZone).toBe("UTC");
    const queue = await reception.appointment.queue.query();
    expect(Array.isArray(queue.items)).toBe(true);
    await expect(reception.appointment.list.query({ from: "2026-01-10", to: "2026-01-01" })).rejects.toSatisfy(
      (e) => codeOf(e) === "BAD_REQUEST",
    );
  });
});
