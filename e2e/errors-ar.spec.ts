// Errors reach staff in their own language: in an Arabic-speaking hospital, a validation error and the plan's patient
// limit are shown in Arabic (the text of the error catalogue, never an English server string).
import { expect, test } from "@playwright/test";
import { ar, en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { demoUrl, open } from "./helpers";

const noorUrl = E2E.hospitalUrl(E2E.arabicCode);
const p = ar.patients;

/** the longest literal part of an ICU message (its placeholders are filled and formatted by the app) */
const literal = (message: string) =>
  message
    .split(/\{[^}]*\}/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0]!;

test("an Arabic hospital shows a validation error and the plan's patient limit in Arabic", async ({ page }) => {
  await open(page, `${noorUrl}/auth/login`);
  await page.getByLabel(ar.auth.username).fill("reception");
  await page.getByLabel(ar.auth.password).fill(E2E.password);
  await page.getByRole("button", { name: ar.auth.signIn }).click();
  await expect(page.getByTestId("hospital-name").first()).toHaveText("Noor Hospital");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await open(page, `${noorUrl}/patients/new`);
  // a validation error: the required names are missing
  await page.getByRole("button", { name: p.save, exact: true }).click();
  // said with the field's own name: "أدخل الاسم الأول"
  await expect(page.getByText(ar.common.enterField.replace("{field}", p.firstName)).first()).toBeVisible();
  await expect(page.getByText(en.errors.REQUIRED, { exact: true })).toHaveCount(0);

  // a valid patient, refused by the plan: the hospital already has the TRIAL plan's 100 patients
  await page.getByLabel(p.firstName).fill("Huda");
  await page.getByLabel(p.lastName).fill("Al-Balushi");
  await page.getByLabel(p.dateOfBirth).fill("1990-03-04");
  await page.getByLabel(p.gender).selectOption("F");
  await page.getByRole("button", { name: p.save, exact: true }).click();
  await expect(page.getByText(literal(ar.errors.LIMIT_REACHED)).first()).toBeVisible();
  await expect(page.getByText(literal(en.errors.LIMIT_REACHED))).toHaveCount(0);
  await expect(page).toHaveURL(/\/patients\/new$/);
  await page.screenshot({ path: ".tmp/screenshots/errors-ar.png", fullPage: true });
});

test("empty fields are asked for by name, in words a person understands", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: authFile("reception") });
  const page = await ctx.newPage();
  await open(page, `${demoUrl}/patients/new`);
  await page.getByRole("button", { name: en.patients.save, exact: true }).click();
  const ask = (key: "enterField" | "chooseField", label: string) =>
    en.common[key].replace("{field}", label[0]!.toLowerCase() + label.slice(1));
  await expect(page.getByText(ask("enterField", en.patients.firstName))).toBeVisible();
  await expect(page.getByText(ask("enterField", en.patients.dateOfBirth))).toBeVisible();
  await expect(page.getByText(ask("chooseField", en.patients.gender))).toBeVisible();
  await expect(page.getByText(/Invalid option|expected one of|YYYY/)).toHaveCount(0);
  await ctx.close();
});
