// The note of an encounter is never overwritten silently (security review item 11): a save names the version it
// started from; of simultaneous saves from the same version exactly one wins, the others get CONFLICT (NOTE_CHANGED)
// with the note as it is now; only the encounter's own doctor may change it; every saved text is kept as a revision.
import { TRPCClientError } from "@trpc/client";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver, tenant } from "@/db";
import { withHospital } from "../tenancy";
import { cookieFor, makeHospital, makeUser, type TestHospital, type TestUser } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let h: TestHospital;
let doctorUser: TestUser;
let doctor: ReturnType<typeof apiClient>;
/** the same doctor in a second browser tab (a second session) */
let doctorTab2: ReturnType<typeof apiClient>;
let otherDoctor: ReturnType<typeof apiClient>;
let patientId: string;

type ErrData = { code?: string; appCode?: string; params?: Record<string, string | number> };
const dataOf = (err: unknown): ErrData =>
  err instanceof TRPCClientError ? ((err.data as ErrData | undefined) ?? {}) : { code: String(err) };

const revisions = (encounterId: string) =>
  withHospital(h.code, (db) =>
    db
      .select()
      .from(tenant.encounterNoteRevisions)
      .where(eq(tenant.encounterNoteRevisions.encounterId, encounterId))
      .orderBy(asc(tenant.encounterNoteRevisions.version)),
  );

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  doctorUser = await makeUser(h, "DOCTOR");
  doctor = apiClient(server.port, h.host, await cookieFor(h.host, doctorUser));
  doctorTab2 = apiClient(server.port, h.host, await cookieFor(h.host, doctorUser));
  otherDoctor = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "DOCTOR")));
  const reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
  patientId = (
    await reception.patient.create.mutate({
      firstName: "Note",
      lastName: "Version",
      dateOfBirth: "1975-05-05",
      gender: "F",
    })
  ).id;
}, 120_000);
afterAll(() => server.close());

describe(`encounter note versions (${driver().name})`, () => {
  it("encounter.get returns noteVersion; each save bumps it and keeps a revision with author and time", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    expect((await doctor.encounter.get.query({ id: enc.id })).noteVersion).toBe(0);
    const first = await doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "Rest" });
    expect(first.noteVersion).toBe(1);
    const second = await doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 1, subjective: "Tired" });
    expect(second).toMatchObject({ noteVersion: 2, plan: "Rest", subjective: "Tired" });
    expect((await doctor.encounter.get.query({ id: enc.id })).noteVersion).toBe(2);
    const revs = await revisions(enc.id);
    expect(revs.map((r) => [r.version, r.plan, r.subjective, r.authorId])).toEqual([
      [1, "Rest", "", doctorUser.id],
      [2, "Rest", "Tired", doctorUser.id],
    ]);
    expect(revs[0]!.createdAt).toBeInstanceOf(Date);
    expect(revs[0]!.authorName.length).toBeGreaterThan(0);
  });

  it("two simultaneous saves from the same version: exactly one is saved, the other gets CONFLICT with the saved text", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    const results = await Promise.allSettled([
      doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "Plan from tab one" }),
      doctorTab2.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "Plan from tab two" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const err = dataOf(refused[0]!.reason);
    expect(err).toMatchObject({ code: "CONFLICT", appCode: "NOTE_CHANGED" });
    const saved = (ok[0] as PromiseFulfilledResult<{ plan: string; noteVersion: number }>).value;
    expect(saved.noteVersion).toBe(1);
    // the refusal carries the note as it is now: the UI shows both texts
    expect(err.params).toMatchObject({ version: 1, plan: saved.plan });
    expect((await doctor.encounter.get.query({ id: enc.id })).plan).toBe(saved.plan);
    // the text that was saved is a revision; the refused one wrote nothing
    expect((await revisions(enc.id)).map((r) => [r.version, r.plan])).toEqual([[1, saved.plan]]);
    // the refused tab saves again from the current version: kept as well, nothing lost
    const lost = saved.plan === "Plan from tab one" ? "Plan from tab two" : "Plan from tab one";
    await doctorTab2.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 1, plan: `${saved.plan}\n${lost}` });
    expect((await revisions(enc.id)).map((r) => [r.version, r.plan])).toEqual([
      [1, saved.plan],
      [2, `${saved.plan}\n${lost}`],
    ]);
  });

  it("many simultaneous saves from the same version: one wins, every other one is a CONFLICT", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? doctorTab2 : doctor).encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: `v${i}` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected"))
      expect(dataOf(r.reason).appCode).toBe("NOTE_CHANGED");
    expect(await revisions(enc.id)).toHaveLength(1);
    expect((await doctor.encounter.get.query({ id: enc.id })).noteVersion).toBe(1);
  });

  it("a stale save (a second tab) is refused and overwrites nothing", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    await doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "Keep this plan" });
    // the stale tab still has version 0 and an empty plan
    await expect(
      doctorTab2.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "" }),
    ).rejects.toSatisfy((e) => {
      const d = dataOf(e);
      return d.code === "CONFLICT" && d.appCode === "NOTE_CHANGED" && d.params?.plan === "Keep this plan";
    });
    // a version from the future is just as stale
    await expect(
      doctorTab2.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 7, plan: "" }),
    ).rejects.toSatisfy((e) => dataOf(e).code === "CONFLICT");
    const now = await doctor.encounter.get.query({ id: enc.id });
    expect(now).toMatchObject({ plan: "Keep this plan", noteVersion: 1 });
    expect(await revisions(enc.id)).toHaveLength(1);
  });

  it("another doctor cannot change the note of an open encounter that is not theirs", async () => {
    const enc = await doctor.encounter.start.mutate({ patientId });
    await doctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion: 0, plan: "Mine" });
    for (const baseVersion of [1, 0])
      await expect(
        otherDoctor.encounter.saveNote.mutate({ encounterId: enc.id, baseVersion, plan: "Replaced" }),
      ).rejects.toSatisfy((e) => {
        const d = dataOf(e);
        return d.code === "FORBIDDEN" && d.appCode === "NOTE_OTHER_DOCTOR";
      });
    expect(await doctor.encounter.get.query({ id: enc.id })).toMatchObject({ plan: "Mine", noteVersion: 1 });
    expect(await revisions(enc.id)).toHaveLength(1);
  });

  it("a missing encounter is NOT_FOUND; baseVersion is required", async () => {
    await expect(
      doctor.encounter.saveNote.mutate({
        encounterId: "01900000-0000-7000-8000-000000000000",
        baseVersion: 0,
        plan: "x",
      }),
    ).rejects.toSatisfy((e) => dataOf(e).code === "NOT_FOUND");
    const enc = await doctor.encounter.start.mutate({ patientId });
    await expect(doctor.encounter.saveNote.mutate({ encounterId: enc.id, plan: "x" } as never)).rejects.toSatisfy(
      (e) => dataOf(e).code === "BAD_REQUEST",
    );
    expect(await revisions(enc.id)).toHaveLength(0);
  });
});
