// Prescribing against a recorded allergy, as the doctor sees it: reception records a severe penicillin allergy coded
// to the class; the doctor types Amoxicillin and is warned at once with the allergy; prescribing needs a reason; the
// prescription then shows the override. In English at desktop width, and in Arabic (right to left) at phone width.
import { expect, test } from "@playwright/test";
import { ar, en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { demoUrl, open } from "./helpers";

const p = en.patients;
const enc = en.encounters;
const noorUrl = E2E.hospitalUrl(E2E.arabicCode);

test("a drug matching a recorded allergy is stopped with the allergy shown, and goes through only with a reason", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const last = `Allergic${Date.now().toString(36).slice(-6)}`;

  const receptionCtx = await browser.newContext({ storageState: authFile("reception") });
  const reception = await receptionCtx.newPage();
  await open(reception, `${demoUrl}/patients/new`);
  await reception.getByLabel(p.firstName).fill("Huda");
  await reception.getByLabel(p.lastName).fill(last);
  await reception.getByLabel(p.dateOfBirth).fill("1975-09-30");
  await reception.getByLabel(p.gender).selectOption("F");
  await reception.getByRole("button", { name: p.addAllergy }).click();
  await reception.getByLabel(p.substance).fill("Penicillin");
  await reception.getByLabel(p.allergen).selectOption("penicillins");
  await reception.getByLabel(p.reaction).fill("Anaphylaxis");
  await reception.getByLabel(p.severity).selectOption("SEVERE");
  await reception.getByRole("button", { name: p.save, exact: true }).click();
  await expect(reception).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  const patientUrl = reception.url();
  await receptionCtx.close();

  const doctorCtx = await browser.newContext({ storageState: authFile("doctor") });
  const doctor = await doctorCtx.newPage();
  await open(doctor, patientUrl);
  await doctor.getByRole("button", { name: p.startWalkIn }).click();
  await expect(doctor).toHaveURL(/\/encounters\/[0-9a-f-]{36}$/);
  // two identifiers in the encounter's header: the name and the MRN
  const header = doctor.getByRole("heading", { level: 1 });
  await expect(header).toContainText(`Huda ${last}`);
  await expect(header).toContainText(/DEMO001-\d{6}/);

  const rx = doctor.getByRole("form", { name: enc.prescribe });
  await rx.getByLabel(enc.drug).fill("Amoxicillin");
  const warning = rx.getByTestId("allergy-conflict");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("Penicillin");
  await expect(warning).toContainText("Anaphylaxis");
  await rx.getByLabel(enc.dose).fill("500 mg");
  await rx.getByLabel(enc.frequency).fill("Three times a day");
  await rx.getByLabel(enc.durationDays).fill("7");
  await rx.getByRole("button", { name: enc.prescribeDespiteAllergy }).click();
  // the reason is asked for by the field's name
  const label = enc.overrideReason;
  await expect(
    rx.getByText(en.common.enterField.replace("{field}", label[0]!.toLowerCase() + label.slice(1))),
  ).toBeVisible();
  await expect(doctor.getByTestId("prescriptions")).toHaveCount(0);
  await doctor.screenshot({ path: ".tmp/screens/allergy-warning-en-1280.png", fullPage: true });

  await rx.getByLabel(enc.overrideReason).fill("Tolerated amoxicillin in 2024 under observation");
  await rx.getByRole("button", { name: enc.prescribeDespiteAllergy }).click();
  await expect(doctor.getByText(enc.prescribed, { exact: true })).toBeVisible();
  const override = doctor.getByTestId("prescriptions").getByTestId("allergy-override");
  await expect(override).toContainText(enc.allergyOverride);
  await expect(override).toContainText("Tolerated amoxicillin in 2024");
  // an unrelated drug: no warning
  await rx.getByLabel(enc.drug).fill("Paracetamol");
  await expect(rx.getByTestId("allergy-conflict")).toHaveCount(0);
  await doctorCtx.close();
});

test("the warning speaks Arabic, right to left, at phone width", async ({ browser }) => {
  test.setTimeout(90_000);
  const a = ar.encounters;
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await open(page, `${noorUrl}/auth/login`);
  await page.getByLabel(ar.auth.username).fill("doctor");
  await page.getByLabel(ar.auth.password).fill(E2E.password);
  await page.getByRole("button", { name: ar.auth.signIn }).click();
  await expect(page).not.toHaveURL(/\/auth\/login/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // NOOR-000001 has a severe penicillin allergy (e2e/server.ts)
  await open(page, `${noorUrl}/patients?q=NOOR-000001`);
  await page
    .getByRole("link", { name: /Patient1\b/ })
    .first()
    .click();
  await page.getByRole("button", { name: ar.patients.startWalkIn }).click();
  await expect(page).toHaveURL(/\/encounters\/[0-9a-f-]{36}$/);
  const rx = page.getByRole("form", { name: a.prescribe });
  await rx.getByLabel(a.drug).fill("أموكسيسيلين");
  const warning = rx.getByTestId("allergy-conflict");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("بنسلين");
  await expect(rx.getByRole("button", { name: a.prescribeDespiteAllergy })).toBeVisible();
  await page.screenshot({ path: ".tmp/screens/allergy-warning-ar-390.png", fullPage: true });
  await ctx.close();
});
