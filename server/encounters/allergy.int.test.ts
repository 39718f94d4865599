// Prescribing against recorded allergies (issue: screens as staff use them, item 1): a drug matching an allergy by
// ingredient, class or name is refused with ALLERGY_CONFLICT naming the allergy — nothing written — unless the doctor
// gives a reason; the override is kept on the prescription and written to the PHI access log.
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driver, tenant } from "@/db";
import { withHospital } from "../tenancy";
import { cookieFor, makeHospital, makeUser, type TestHospital } from "../testing/fixtures";
import { apiClient, startApiServer, type ApiServer } from "../testing/http";

let server: ApiServer;
let h: TestHospital;
let doctor: ReturnType<typeof apiClient>;
let reception: ReturnType<typeof apiClient>;
let encounterId: string;
let patientId: string;

const rx = (drug: string, extra: Record<string, unknown> = {}) => ({
  encounterId,
  drug,
  dose: "500 mg",
  route: "ORAL" as const,
  frequency: "three times a day",
  durationDays: 7,
  ...extra,
});

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (err instanceof TRPCClientError)
      return err.data as { code: string; appCode: string; params?: Record<string, unknown> };
    throw err;
  }
  throw new Error("expected a refusal");
}

const prescriptions = () =>
  withHospital(h.code, (db) =>
    db.select().from(tenant.prescriptions).where(eq(tenant.prescriptions.patientId, patientId)),
  );

beforeAll(async () => {
  server = await startApiServer();
  h = await makeHospital();
  doctor = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "DOCTOR")));
  reception = apiClient(server.port, h.host, await cookieFor(h.host, await makeUser(h, "RECEPTIONIST")));
  patientId = (
    await reception.patient.create.mutate({
      firstName: "Salma",
      lastName: "Rashdi",
      dateOfBirth: "1979-05-01",
      gender: "F",
      allergies: [
        { substance: "Penicillin", reaction: "Anaphylaxis", severity: "SEVERE" },
        { substance: "Painkillers", reaction: "Bronchospasm", severity: "MODERATE", allergen: "nsaids" },
      ],
    })
  ).id;
  encounterId = (await doctor.encounter.start.mutate({ patientId, chiefComplaint: "Sore throat" })).id;
}, 120_000);
afterAll(() => server.close());

describe(`allergy check when prescribing (${driver().name})`, () => {
  it("refuses Amoxicillin and Penicillin V for a penicillin allergy, and Brufen for a coded NSAID allergy", async () => {
    for (const drug of ["Amoxicillin", "Penicillin V", "Augmentin 625"]) {
      const r = await refusal(doctor.encounter.addPrescription.mutate(rx(drug)));
      expect(r, drug).toMatchObject({ code: "CONFLICT", appCode: "ALLERGY_CONFLICT" });
      expect(String(r.params?.allergies)).toContain("Penicillin (SEVERE)");
    }
    const nsaid = await refusal(doctor.encounter.addPrescription.mutate(rx("Brufen 400")));
    expect(nsaid).toMatchObject({ appCode: "ALLERGY_CONFLICT", params: { allergies: "Painkillers (MODERATE)" } });
    // a blank reason is no reason
    expect(
      await refusal(doctor.encounter.addPrescription.mutate(rx("Amoxicillin", { allergyOverrideReason: "   " }))),
    ).toMatchObject({ appCode: "ALLERGY_CONFLICT" });
    expect(await prescriptions()).toEqual([]);
  });

  it("prescribes an unrelated drug without a word, and an overridden one with its reason kept and logged", async () => {
    const plain = await doctor.encounter.addPrescription.mutate(rx("Azithromycin"));
    expect(plain).toMatchObject({ allergyOverrideReason: null, allergyOverrides: null });
    const reason = "Desensitisation protocol agreed with allergy team";
    const over = await doctor.encounter.addPrescription.mutate(rx("Amoxicillin", { allergyOverrideReason: reason }));
    expect(over).toMatchObject({
      allergyOverrideReason: reason,
      allergyOverrides: [expect.objectContaining({ substance: "Penicillin", severity: "SEVERE", matchedBy: "class" })],
    });
    const chart = await doctor.encounter.get.query({ id: encounterId });
    expect(chart.prescriptions.find((p) => p.id === over.id)).toMatchObject({ allergyOverrideReason: reason });
    const log = await withHospital(h.code, (db) =>
      db.select().from(tenant.phiAccessLog).where(eq(tenant.phiAccessLog.entityId, over.id)),
    );
    expect(log.map((e) => e.action)).toEqual(["encounter.prescription.allergy_override"]);
  });

  it("checks the allergies as they are now: one recorded later blocks the next prescription", async () => {
    const current = await reception.patient.get.query({ id: patientId });
    await reception.patient.update.mutate({
      id: patientId,
      baseVersion: current.version,
      allergies: [...current.allergies, { substance: "Sulfa drugs", reaction: "Rash", severity: "MILD" }],
    });
    expect(await refusal(doctor.encounter.addPrescription.mutate(rx("Co-trimoxazole")))).toMatchObject({
      appCode: "ALLERGY_CONFLICT",
      params: { allergies: "Sulfa drugs (MILD)" },
    });
  });
});
