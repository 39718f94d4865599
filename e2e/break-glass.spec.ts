// A super admin never chooses a hospital user's password and reads patient data only through logged break-glass:
// - break-glass: the super admin starts access to the demo hospital with a reason, searches and opens a patient; the
//   hospital's administrator sees the grant on the dashboard and in the audit page's platform access; the super admin
//   ends it.
// - a console password reset shows a one-time code; the user's password stops working; they redeem the code on their
//   hospital's host by choosing their own password and sign in with it.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ar, en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { demoUrl, open, otherUrl, redeemCode, signIn } from "./helpers";

const bg = en.superadmin.breakGlass;
const users = en.superadmin.users;
const SCREENS = ".tmp/screens";

test.use({ storageState: authFile("superadmin") });
test.beforeAll(() => fs.mkdirSync(SCREENS, { recursive: true }));

/** a full-page picture at a laptop's and at a phone's width */
async function screens(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("break-glass: the super admin reads a patient with a reason; the hospital's admin sees it; it ends", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const reason = `Support case ${Date.now().toString(36)}: the hospital asked us to check a patient's chart`;
  await open(page, `${E2E.adminUrl}/auth/superadmin`);
  await page.getByRole("link", { name: en.console.breakGlass }).first().click();
  await expect(page).toHaveURL(/\/auth\/superadmin\/break-glass/);
  await expect(page.getByRole("heading", { name: bg.title, level: 1 })).toBeVisible();
  await expect(page.getByText(bg.recorded)).toBeVisible();

  // a reason too short is refused before anything is asked
  await page.getByLabel(bg.code).fill(E2E.demoCode.toLowerCase());
  await page.getByLabel(bg.reason).fill("short");
  await page.getByRole("button", { name: bg.start }).click();
  await expect(page.getByTestId("break-glass-grants")).toHaveCount(0);
  await page.getByLabel(bg.reason).fill(reason);
  await page.getByRole("button", { name: bg.start }).click();
  const grant = page.getByTestId(`grant-${E2E.demoCode}`);
  await expect(grant).toBeVisible();
  await expect(grant.getByText(reason)).toBeVisible();
  await expect(grant.getByTestId("time-left")).toContainText(/Ends in (5\d|60) minutes/);

  // search (debounced) and open one patient's chart, read-only
  const patients = page.getByTestId("break-glass-patients");
  await patients.getByRole("searchbox", { name: bg.search }).fill("Smith");
  const row = patients.getByTestId("break-glass-patient").filter({ hasText: "John Smith" });
  await expect(row).toBeVisible();
  await screens(page, "console-break-glass");
  await row.getByRole("button", { name: bg.openPatient.replace("{name}", "John Smith") }).click();
  const chart = page.getByTestId("break-glass-chart");
  await expect(chart.getByRole("heading", { name: "John Smith" })).toBeVisible();
  await expect(chart.getByRole("heading", { name: bg.allergies })).toBeVisible();
  await expect(chart.getByRole("heading", { name: bg.encounters })).toBeVisible();
  await screens(page, "console-break-glass-patient");

  // the demo hospital's administrator is told, on the dashboard and in the audit page
  const adminCtx = await browser.newContext({ storageState: authFile("admin") });
  const admin = await adminCtx.newPage();
  await open(admin, `${demoUrl}/`);
  const alert = admin.getByTestId("dashboard-break-glass");
  await expect(alert).toContainText(en.dashboard.breakGlass.title);
  await expect(alert).toContainText(E2E.superadmin.username);
  await expect(alert).toContainText(reason);
  await alert.getByRole("link", { name: en.dashboard.breakGlass.link }).click();
  await expect(admin).toHaveURL(/\/audit#platform-access/);
  const section = admin.locator("#platform-access");
  await expect(section.getByTestId("break-glass-active")).toContainText(reason);
  const started = section
    .getByTestId("platform-access-row")
    .filter({ hasText: en.audit.platform.actions.break_glass.started })
    .filter({ hasText: reason });
  await expect(started.first()).toBeVisible();
  await expect(started.first()).toContainText(E2E.superadmin.username);
  for (const width of [1280, 390]) {
    await admin.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${SCREENS}/audit-platform-access-${width}.png` });
  }
  await admin.setViewportSize({ width: 390, height: 844 });
  await open(admin, `${demoUrl}/`);
  await admin.screenshot({ path: `${SCREENS}/dashboard-break-glass-390.png`, fullPage: true });
  await admin.setViewportSize({ width: 1280, height: 800 });

  // the super admin ends it: the reads stop, the hospital sees it ended
  await page.getByRole("button", { name: bg.back }).click();
  await grant.getByRole("button", { name: bg.endNow }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: bg.endNow }).click();
  await expect(page.getByText(bg.none)).toBeVisible();
  await expect(page.getByTestId("break-glass-patients")).toHaveCount(0);

  await open(admin, `${demoUrl}/audit`);
  await expect(
    admin.locator("#platform-access").getByRole("cell", { name: en.audit.platform.actions.break_glass.ended }).first(),
  ).toBeVisible();
  await expect(admin.locator("#platform-access").getByTestId("break-glass-active")).toHaveCount(0);
  await adminCtx.close();
});

test("a console password reset shows a one-time code; the user's password stops working; they redeem it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const username = `reset.${Date.now().toString(36)}`;
  await open(page, `${E2E.adminUrl}/auth/superadmin?tab=users`);

  // a new administrator of the other hospital: no password is chosen, the dialog shows a setup code once
  await page.getByRole("button", { name: users.createAdmin }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText(users.noPasswordNote)).toBeVisible();
  await expect(dialog.getByLabel(/password/i)).toHaveCount(0);
  await dialog.getByLabel(users.hospital).selectOption(E2E.otherCode);
  await dialog.getByLabel(users.firstName).fill("Rami");
  await dialog.getByLabel(users.lastName).fill("Resetter");
  await dialog.getByLabel(users.username).fill(username);
  await dialog.getByLabel(users.email).fill(`${username}@other.test`);
  await dialog.getByRole("button", { name: users.createAdmin }).click();
  const setupCode = (await dialog.getByTestId("one-time-code").textContent())?.trim() ?? "";
  expect(setupCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  await expect(dialog.getByText(/Valid until/)).toBeVisible();
  await dialog.screenshot({ path: `${SCREENS}/console-setup-code-1280.png` });
  await dialog.getByRole("button", { name: en.common.close }).first().click();

  // the new admin sets their password with the setup code (typed in lower case, without dashes) and signs in
  const userCtx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const user = await userCtx.newPage();
  const first = "Granite-Meadow-Harbour-41";
  await redeemCode(user, otherUrl, { username, code: setupCode.replace(/-/g, "").toLowerCase(), password: first });
  await signIn(user, otherUrl, username, first);
  await expect(user.getByTestId("hospital-name").first()).toHaveText("Other Valley Hospital");

  // the super admin resets the password: a confirmation, then the code
  await page.getByRole("searchbox", { name: users.search }).fill(username);
  // the filtered list: only this user's row (until then the previous list is still shown)
  await expect(page.getByTestId("platform-user-row")).toHaveCount(1);
  const row = page.getByTestId("platform-user-row").filter({ hasText: username });
  await expect(async () => {
    await row.getByRole("button", { name: users.actionsFor.replace("{name}", "Rami Resetter") }).click();
    await page.getByRole("menuitem", { name: users.resetPassword }).click({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("stops working");
  await confirm.getByRole("button", { name: users.resetConfirm }).click();
  const shown = page.getByRole("dialog", { name: users.resetCodeTitle.replace("{name}", "Rami Resetter") });
  const resetCode = (await shown.getByTestId("one-time-code").textContent())?.trim() ?? "";
  expect(resetCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  expect(resetCode).not.toBe(setupCode);
  await shown.screenshot({ path: `${SCREENS}/console-reset-code-1280.png` });
  await shown.getByRole("button", { name: en.common.close }).first().click();

  // the user was signed out, and the old password no longer works
  await user.reload();
  await expect(user).toHaveURL(/\/auth\/login/);
  await signIn(user, otherUrl, username, first);
  await expect(user.getByText(en.auth.invalid)).toBeVisible();
  // the reset code gives them a password of their own choosing
  const second = "Willow-Copper-Lantern-58";
  await redeemCode(user, otherUrl, { username, code: resetCode, password: second });
  await signIn(user, otherUrl, username, second);
  await expect(user.getByTestId("hospital-name").first()).toHaveText("Other Valley Hospital");
  await userCtx.close();
});

test("the redeem page in Arabic, and the sign-in page's link to it", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  const noor = E2E.hospitalUrl(E2E.arabicCode);
  await open(page, `${noor}/auth/login`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("link", { name: ar.auth.redeem.link }).click();
  await expect(page).toHaveURL(/\/auth\/redeem/);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await expect(page.getByLabel(ar.auth.redeem.code)).toBeVisible();
  // a wrong code: the same answer whatever is wrong, in Arabic
  await page.getByLabel(ar.auth.redeem.username).fill("admin");
  await page.getByLabel(ar.auth.redeem.code).fill("ABCD-EFGH-JKLM-NPQR");
  await page.getByLabel(ar.auth.redeem.newPassword, { exact: true }).fill("Granite-Meadow-Harbour-41");
  await page.getByLabel(ar.auth.redeem.confirm, { exact: true }).fill("Granite-Meadow-Harbour-41");
  await page.getByRole("button", { name: ar.auth.redeem.submit }).click();
  await expect(page.getByText(ar.errors.ACCOUNT_CODE_INVALID)).toBeVisible();
  await screens(page, "redeem-ar");
  await ctx.close();
});
