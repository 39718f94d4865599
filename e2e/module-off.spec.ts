// A module switched off says so, with who can switch it on, instead of a 404; the settings show switches only for
// modules whose screens exist; a new currency asks for the fee in it. On OTHER01, so the demo hospital's suites are
// undisturbed (one test: its settings saves must not race each other).
import { expect, test, type Browser } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { E2E } from "./env";
import { open } from "./helpers";

const otherUrl = E2E.hospitalUrl(E2E.otherCode);
const s = en.hospitalAdmin.settings;
const off = en.common.moduleOff;

async function signedIn(browser: Browser, username: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await open(page, `${otherUrl}/auth/login`);
  await page.getByLabel(en.auth.username).fill(username);
  await page.getByLabel(en.auth.password).fill(E2E.password);
  await page.getByRole("button", { name: en.auth.signIn }).click();
  await expect(page).not.toHaveURL(/\/auth\/login/);
  return { ctx, page };
}

async function setAppointments(page: import("@playwright/test").Page, on: boolean) {
  await open(page, `${otherUrl}/auth/hospital/settings#modules`);
  const card = page.locator("#modules");
  const toggle = card.getByRole("switch", { name: en.areas.appointments });
  if ((await toggle.getAttribute("aria-checked")) !== String(on)) {
    await toggle.click();
    await card.getByRole("button", { name: en.common.save }).click();
    await expect(page.getByText(s.saved).first()).toBeVisible();
  }
}

test("a switched-off module explains itself and who can switch it on; only built modules have switches", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, "admin");
  const card = admin.page.locator("#modules");
  await open(admin.page, `${otherUrl}/auth/hospital/settings#modules`);
  await expect(card.getByRole("switch", { name: en.areas.appointments })).toBeVisible();
  await expect(card.getByRole("switch", { name: en.areas.emr })).toBeVisible();
  for (const hidden of [en.areas.laboratory, en.areas.pharmacy, en.areas.billing, en.areas.radiology])
    await expect(card.getByRole("switch", { name: hidden })).toHaveCount(0);
  await setAppointments(admin.page, false);

  try {
    const doctor = await signedIn(browser, "doctor");
    const response = await doctor.page.goto(`${otherUrl}/appointments`);
    expect(response?.status()).toBe(200);
    await expect(doctor.page).toHaveURL(/\/module-off\?area=appointments/);
    await expect(
      doctor.page.getByRole("heading", { name: off.title.replace("{name}", en.areas.appointments) }),
    ).toBeVisible();
    await expect(doctor.page.getByText(off.body)).toBeVisible();
    await expect(doctor.page.getByRole("link", { name: off.openSettings })).toHaveCount(0);
    await doctor.ctx.close();

    // the administrator is offered the switch
    await open(admin.page, `${otherUrl}/appointments`);
    await expect(admin.page.getByRole("link", { name: off.openSettings })).toBeVisible();
  } finally {
    await setAppointments(admin.page, true);
  }

  // a new currency converts nothing silently: the fee is asked for in it, and the fee box shows it at once
  const page = admin.page;
  await open(page, `${otherUrl}/auth/hospital/settings#locale`);
  const locale = page.locator("#locale");
  await locale.getByLabel(s.currency).selectOption("OMR");
  const confirm = locale.getByLabel(s.confirmFee.replace("{currency}", "OMR"));
  await expect(confirm).toHaveValue("50"); // the same figure (50.00 USD), in OMR's minor units underneath
  await confirm.fill("19.250");
  await locale.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByText(s.saved).first()).toBeVisible();
  const fee = page.locator("#rules").getByLabel(s.consultationFee.replace("{currency}", "OMR"));
  await expect(fee).toHaveValue("19.25");
  // back to USD, confirming 50.00
  await locale.getByLabel(s.currency).selectOption("USD");
  await locale.getByLabel(s.confirmFee.replace("{currency}", "USD")).fill("50.00");
  await locale.getByRole("button", { name: en.common.save }).click();
  await expect(page.locator("#rules").getByLabel(s.consultationFee.replace("{currency}", "USD"))).toHaveValue("50");
  await admin.ctx.close();
});
