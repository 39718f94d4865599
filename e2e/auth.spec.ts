// The gate in front of every hospital: host-bound sessions, per-hospital accounts, lockout and unlock, MFA.
import { expect, test } from "@playwright/test";
import { authenticator } from "otplib";
import { authFile, E2E } from "./env";
import { demoUrl, expectSignedOut, open, otherUrl, replayCookies, signIn } from "./helpers";

test.describe("a session belongs to the host it was made on", () => {
  test.describe.configure({ timeout: 120_000 });
  for (const [label, target, host] of [
    ["another hospital", otherUrl, `${E2E.otherCode.toLowerCase()}.localhost`],
    ["the admin host", E2E.adminUrl, "admin.localhost"],
  ] as const) {
    test(`a demo hospital cookie replayed on ${label} is signed out there`, async ({ browser }) => {
      const owner = await browser.newContext({ storageState: authFile("doctor") });
      const check = await owner.newPage();
      await check.goto(`${demoUrl}/patients`);
      await expect(check.getByRole("heading", { name: "Patients" })).toBeVisible();
      const thief = await browser.newContext();
      await replayCookies(owner, thief, host);
      const page = await thief.newPage();
      await page.goto(`${target}/`);
      await expectSignedOut(page);
      // the API from inside the browser (Node cannot resolve *.localhost): the replayed cookie is not a session here
      expect(await page.evaluate(async () => (await fetch("/api/trpc/account.me")).status)).toBe(401);
      await owner.close();
      await thief.close();
    });
  }

  test("a super admin cookie replayed on a hospital host is signed out there", async ({ browser }) => {
    const owner = await browser.newContext({ storageState: authFile("superadmin") });
    const thief = await browser.newContext();
    await replayCookies(owner, thief, `${E2E.demoCode.toLowerCase()}.localhost`);
    const page = await thief.newPage();
    await page.goto(`${demoUrl}/`);
    await expectSignedOut(page);
    await owner.close();
    await thief.close();
  });
});

test("a user of one hospital cannot sign in on another hospital's host, even with the right password", async ({
  page,
}) => {
  // "doctor" exists in both hospitals with the same password: each may only sign in at home
  await signIn(page, otherUrl, "reception", E2E.password); // only the demo hospital has a "reception"
  await expect(page.getByText("Invalid username or password")).toBeVisible();
  await expectSignedOut(page);
  await signIn(page, otherUrl, "doctor", E2E.password);
  await expect(page.getByTestId("hospital-name").first()).toHaveText("Other Valley Hospital");
});

test("a super admin cannot sign in on a hospital host, nor a hospital admin on the admin host", async ({ page }) => {
  await signIn(page, demoUrl, E2E.superadmin.username, E2E.superadmin.password);
  await expect(page.getByText("Invalid username or password")).toBeVisible();
  await signIn(page, E2E.adminUrl, "admin", E2E.password);
  await expect(page.getByText("Invalid username or password")).toBeVisible();
  await expectSignedOut(page);
});

test("ten failures lock an account; the hospital admin sees the lock and lifts it", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const username = "lockout.nurse";
  for (let i = 0; i < 10; i++) {
    await signIn(page, demoUrl, username, `wrong-password-${i}-xyz`);
    await expect(page.getByText("Invalid username or password")).toBeVisible();
  }
  // locked: the right password is refused with the same generic message
  await signIn(page, demoUrl, username, E2E.password);
  await expect(page.getByText("Invalid username or password")).toBeVisible();
  await expectSignedOut(page);

  const admin = await browser.newContext({ storageState: authFile("admin") });
  const adminPage = await admin.newPage();
  await open(adminPage, `${demoUrl}/staff`);
  await adminPage.getByLabel("Search").fill(username);
  const row = adminPage.getByRole("row").filter({ hasText: username });
  await expect(row.getByText("Locked")).toBeVisible();
  await row.getByRole("button", { name: "Unlock" }).click();
  await expect(adminPage.getByText("can sign in again")).toBeVisible();
  await admin.close();

  await signIn(page, demoUrl, username, E2E.password);
  await expect(page.getByTestId("hospital-name").first()).toHaveText("Demo General Hospital");
});

test("MFA: enrol with a QR code and key, then sign in with a computed code; a recovery code works once", async ({
  page,
}) => {
  const username = "mfa.nurse";
  await signIn(page, demoUrl, username, E2E.password);
  await expect(page.getByTestId("hospital-name").first()).toBeVisible();
  await open(page, `${demoUrl}/account/security`);
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code" })).toBeVisible();
  const key = ((await page.getByTestId("mfa-manual-key").textContent()) ?? "").replace(/\s+/g, "");
  expect(key).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel("Code from the app").fill(authenticator.generate(key));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);

  await page.context().clearCookies();
  // the code of the next 30-second step: the one used to enrol cannot be replayed
  const next = authenticator.clone({ epoch: Date.now() + 30_000 }).generate(key);
  await signIn(page, demoUrl, username, E2E.password, next);
  await expect(page.getByTestId("hospital-name").first()).toHaveText("Demo General Hospital");

  await page.context().clearCookies();
  await signIn(page, demoUrl, username, E2E.password, "000000");
  await expect(page.getByText("Invalid authentication code")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, demoUrl, username, E2E.password, codes[0]!);
  await expect(page.getByTestId("hospital-name").first()).toHaveText("Demo General Hospital");
  await page.context().clearCookies();
  await signIn(page, demoUrl, username, E2E.password, codes[0]!);
  await expect(page.getByText("Invalid authentication code")).toBeVisible();
});
