// Issue flow: a super admin creates a hospital in the console and gets the administrator's one-time setup code (never a
// password); the administrator redeems it on the new subdomain by choosing their own password, signs in, changes time
// zone and language (the app turns right-to-left), adds a doctor, and the doctor signs in.
import { expect, test, type Page } from "@playwright/test";
import { ar, en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { open, redeemCode, signIn } from "./helpers";

test.use({ storageState: authFile("superadmin") });

async function choosePassword(page: Page, current: string, next: string, t: typeof en.auth | typeof ar.auth) {
  await expect(page).toHaveURL(/\/auth\/change-password/);
  await page.getByLabel(t.currentPassword).fill(current);
  await page.getByLabel(t.newPassword, { exact: true }).fill(next);
  await page.getByLabel(t.confirmPassword).fill(next);
  await page.getByRole("button", { name: t.changePasswordTitle }).click();
}

test("super admin creates a hospital; its admin configures it in Arabic and adds a doctor who signs in", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const code = `E2E${Date.now().toString(36).slice(-5).toUpperCase()}`;
  const c = en.superadmin.create;
  await open(page, `${E2E.adminUrl}/auth/superadmin`);
  await page.getByRole("button", { name: c.open }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(c.name).fill("Riverside Children's Hospital");
  await dialog.getByLabel(c.code).fill(code);
  await dialog.getByLabel(c.email, { exact: true }).fill("info@riverside.test");
  await dialog.getByLabel(c.city).fill("Muscat");
  await dialog.getByLabel(c.firstName).fill("Rania");
  await dialog.getByLabel(c.lastName).fill("Riverside");
  await dialog.getByLabel(c.username).fill("rania.admin");
  await dialog.getByLabel(c.adminEmail).fill("rania@riverside.test");
  await dialog.getByRole("button", { name: c.submit }).click();
  await expect(dialog.getByText(c.doneTitle.replace("{code}", code))).toBeVisible({ timeout: 60_000 });
  // the setup code is shown once, in the dialog
  const setupCode = (await dialog.getByTestId("one-time-code").textContent())?.trim() ?? "";
  expect(setupCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  await expect(dialog.getByText(/choose “I have a one-time code”/)).toBeVisible();

  // the new hospital's administrator, on the new subdomain
  const adminCtx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const admin = await adminCtx.newPage();
  const url = E2E.hospitalUrl(code);
  await open(admin, `${url}/auth/login`);
  await admin.getByRole("link", { name: en.auth.redeem.link }).click();
  await expect(admin).toHaveURL(/\/auth\/redeem/);
  const adminPassword = "Copper-Kettle-Morning-71";
  await redeemCode(admin, url, { username: "rania.admin", code: setupCode, password: adminPassword });
  // the code worked once: the same code again is refused
  await open(admin, `${url}/auth/redeem`);
  await admin.getByLabel(en.auth.redeem.username).fill("rania.admin");
  await admin.getByLabel(en.auth.redeem.code).fill(setupCode);
  await admin.getByLabel(en.auth.redeem.newPassword, { exact: true }).fill("Copper-Kettle-Evening-72");
  await admin.getByLabel(en.auth.redeem.confirm, { exact: true }).fill("Copper-Kettle-Evening-72");
  await admin.getByRole("button", { name: en.auth.redeem.submit }).click();
  await expect(admin.getByText(en.errors.ACCOUNT_CODE_INVALID)).toBeVisible();
  await signIn(admin, url, "rania.admin", adminPassword);
  await expect(admin.getByTestId("hospital-name").first()).toHaveText("Riverside Children's Hospital");

  const s = en.hospitalAdmin.settings;
  await open(admin, `${url}/auth/hospital/settings`);
  const locale = admin.locator("#locale");
  await locale.getByLabel(s.timezone).selectOption("Asia/Muscat");
  await locale.getByLabel(s.language).selectOption("ar");
  await locale.getByRole("button", { name: en.common.save }).click();
  await expect(admin.locator("html")).toHaveAttribute("dir", "rtl", { timeout: 15_000 });
  await expect(admin.locator("html")).toHaveAttribute("lang", "ar");
  await expect(admin.getByRole("heading", { name: ar.hospitalAdmin.settings.title })).toBeVisible();
  await admin.reload();
  await admin.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(admin.locator("#locale").getByLabel(ar.hospitalAdmin.settings.timezone)).toHaveValue("Asia/Muscat");
  await admin.screenshot({ path: ".tmp/screenshots/settings-arabic.png", fullPage: false });

  // a doctor, created in Arabic
  const st = ar.hospitalAdmin.staff;
  await open(admin, `${url}/staff`);
  await admin.getByRole("button", { name: st.create }).click();
  const form = admin.getByRole("dialog");
  await form.getByLabel(st.firstName).fill("Daniel");
  await form.getByLabel(st.lastName).fill("Doctor");
  await form.getByLabel(st.username).fill("daniel.doctor");
  await form.getByLabel(st.email).fill("daniel@riverside.test");
  await form.getByLabel(st.role).selectOption("DOCTOR");
  const temporary = "Harbour-Window-Sunrise-38";
  await form.getByLabel(st.temporaryPassword).fill(temporary);
  await form.getByRole("button", { name: st.createSubmit }).click();
  await expect(admin.getByRole("row").filter({ hasText: "daniel.doctor" })).toBeVisible();
  await adminCtx.close();

  // the doctor signs in (in Arabic), chooses a password, and lands in the hospital
  const docCtx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const doc = await docCtx.newPage();
  await open(doc, `${url}/auth/login`);
  await doc.getByLabel(ar.auth.username).fill("daniel.doctor");
  await doc.getByLabel(ar.auth.password).fill(temporary);
  await doc.getByRole("button", { name: ar.auth.signIn }).click();
  await choosePassword(doc, temporary, "Lantern-Orchard-Breeze-55", ar.auth);
  await expect(doc.getByTestId("hospital-name").first()).toHaveText("Riverside Children's Hospital");
  await expect(doc.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(doc.getByText(ar.roles.DOCTOR).first()).toBeVisible();
  await docCtx.close();
});
