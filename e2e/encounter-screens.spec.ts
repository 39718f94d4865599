// The encounter screens as staff use them: a nurse starts a walk-in for the doctor she chooses, records vitals, and
// the readings fit the card at desktop (1440 px) and phone (390 px) width — in English and, on NOOR01, in Arabic.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ar, en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { demoUrl, open } from "./helpers";

const p = en.patients;
type Encounters = typeof en.encounters;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** the reception desk registers a patient; answers the chart's address */
async function registerPatient(page: Page, first: string, last: string): Promise<string> {
  await open(page, `${demoUrl}/patients/new`);
  await page.getByLabel(p.firstName).fill(first);
  await page.getByLabel(p.lastName).fill(last);
  await page.getByLabel(p.dateOfBirth).fill("1975-09-21");
  await page.getByLabel(p.gender).selectOption("M");
  await page.getByRole("button", { name: p.save, exact: true }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  return page.url();
}

async function recordVitals(page: Page, t: Encounters) {
  const form = page.getByRole("form", { name: t.recordVitals });
  await form.getByLabel(t.systolic).fill("124");
  await form.getByLabel(t.diastolic).fill("78");
  await form.getByLabel(t.pulse).fill("72");
  await form.getByLabel(t.temperatureC).fill("37.4");
  await form.getByLabel(t.spo2).fill("97");
  await form.getByLabel(t.heightCm).fill("172");
  await form.getByLabel(t.weightKg).fill("81");
  await form.getByRole("button", { name: t.recordVitals }).click();
  await expect(page.getByText(t.vitalsSaved, { exact: true })).toBeVisible();
}

/** the value is shown whole: inside its reading's card and inside the window, not cut by an overflow */
async function expectWhole(value: Locator, card: Locator, viewportWidth: number) {
  await expect(value).toBeVisible();
  const v = (await value.boundingBox())!;
  const c = (await card.boundingBox())!;
  expect(v.width).toBeGreaterThan(0);
  expect(v.x).toBeGreaterThanOrEqual(c.x - 0.5);
  expect(v.x + v.width).toBeLessThanOrEqual(c.x + c.width + 0.5);
  expect(v.x).toBeGreaterThanOrEqual(0);
  expect(v.x + v.width).toBeLessThanOrEqual(viewportWidth);
  // nothing of the text is hidden by its own box (scrollWidth would exceed clientWidth)
  expect(await value.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
}

async function expectReadingFits(page: Page, t: Encounters, viewportWidth: number) {
  const card = page.getByTestId("vitals-reading").first();
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByText(t.takenAt)).toBeVisible();
  await expect(card.getByText(t.temperatureC, { exact: true })).toBeVisible();
  await expect(card.getByText(t.spo2, { exact: true })).toBeVisible();
  await expect(card.getByText(t.bmiReading, { exact: true })).toBeVisible();
  await expect(card.getByTestId("vital-temperatureC")).toHaveText("37.4");
  await expect(card.getByTestId("vital-spo2")).toHaveText("97");
  await expect(card.getByTestId("vital-bmi")).toHaveText("27.4"); // 81 / 1.72² = 27.38
  await expect(card.getByTestId("vital-bp")).toHaveText("124/78");
  for (const k of ["temperatureC", "spo2", "bmi", "bp", "pulse", "heightCm", "weightKg"])
    await expectWhole(card.getByTestId(`vital-${k}`), card, viewportWidth);
  // the card itself stays inside the window (no sideways scrolling on a phone)
  const c = (await card.boundingBox())!;
  expect(c.x).toBeGreaterThanOrEqual(0);
  expect(c.x + c.width).toBeLessThanOrEqual(viewportWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewportWidth);
  return card;
}

test("a nurse starts a walk-in for the doctor she chooses; the vitals fit at 1440 and 390 px", async ({ browser }) => {
  test.setTimeout(150_000);
  const t = en.encounters;
  const last = `Walk${Date.now().toString(36).slice(-6)}`;

  const receptionCtx = await browser.newContext({ storageState: authFile("reception") });
  const chartUrl = await registerPatient(await receptionCtx.newPage(), "Tariq", last);
  await receptionCtx.close();

  const ctx = await browser.newContext({ storageState: authFile("nurse"), viewport: DESKTOP });
  const nurse = await ctx.newPage();
  await open(nurse, chartUrl);
  await nurse.getByRole("button", { name: p.startWalkIn }).click();
  const dialog = nurse.getByRole("dialog", { name: p.walkInTitle });
  await expect(dialog).toBeVisible();
  // without a doctor the form says what is missing, under the field
  const doctor = dialog.getByLabel(p.walkInDoctor);
  if ((await doctor.inputValue()) === "") {
    await dialog.getByRole("button", { name: p.walkInStart }).click();
    await expect(dialog.getByText(en.errors.DOCTOR_REQUIRED)).toBeVisible();
  }
  await doctor.selectOption({ label: "Dr Omar Farouk" });
  await dialog.getByLabel(p.walkInComplaint).fill("Dizziness since this morning");
  await nurse.screenshot({ path: ".tmp/screens/walk-in-dialog-en-1440.png" });
  await dialog.getByRole("button", { name: p.walkInStart }).click();

  await expect(nurse).toHaveURL(/\/encounters\/[0-9a-f-]{36}$/);
  await expect(nurse.getByRole("heading", { level: 1 })).toContainText(`Tariq ${last}`);
  await expect(nurse.getByTestId("encounter-doctor")).toHaveText("Dr Omar Farouk");
  await expect(nurse.getByText(t.kindWALK_IN, { exact: true })).toBeVisible();

  await recordVitals(nurse, t);
  const card = await expectReadingFits(nurse, t, DESKTOP.width);
  await card.screenshot({ path: ".tmp/screens/vitals-reading-en-1440.png" });
  await nurse.screenshot({ path: ".tmp/screens/encounter-en-1440.png", fullPage: true });

  await nurse.setViewportSize(PHONE);
  await nurse.reload();
  await nurse.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const phoneCard = await expectReadingFits(nurse, t, PHONE.width);
  await phoneCard.screenshot({ path: ".tmp/screens/vitals-reading-en-390.png" });
  await nurse.screenshot({ path: ".tmp/screens/encounter-en-390.png", fullPage: true });
  await ctx.close();
});

test("in Arabic at phone width the readings are whole and their labels say what they are", async ({ browser }) => {
  test.setTimeout(120_000);
  const t = ar.encounters;
  const noorUrl = E2E.hospitalUrl(E2E.arabicCode);
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  await open(page, `${noorUrl}/auth/login`);
  await page.getByLabel(ar.auth.username).fill("doctor");
  await page.getByLabel(ar.auth.password).fill(E2E.password);
  await page.getByRole("button", { name: ar.auth.signIn }).click();
  await expect(page).not.toHaveURL(/\/auth\/login/, { timeout: 20_000 });
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await open(page, `${noorUrl}/patients?q=NOOR-000002`);
  await page
    .getByRole("link", { name: /Patient2\b/ })
    .first()
    .click();
  // a doctor starts the walk-in for themselves, in one click
  await page.getByRole("button", { name: ar.patients.startWalkIn }).click();
  await expect(page).toHaveURL(/\/encounters\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("encounter-doctor")).toContainText("Dana Noor");
  await recordVitals(page, t);
  const card = await expectReadingFits(page, t, PHONE.width);
  await card.screenshot({ path: ".tmp/screens/vitals-reading-ar-390.png" });
  await page.screenshot({ path: ".tmp/screens/encounter-ar-390.png", fullPage: true });
  await ctx.close();
});
