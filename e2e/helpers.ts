// Small steps the suites share: signing in through the real form, and reading the session cookies of a state.
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { E2E } from "./env";

/** opens a page and waits until React has hydrated it: a change made earlier would be reset */
export async function open(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  return response;
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string, code?: string) {
  await open(page, `${baseUrl}/auth/login`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (code !== undefined) {
    await page.getByLabel("Authentication code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
}

/** the page a signed-out visitor sees: the sign-in form */
export async function expectSignedOut(page: Page) {
  await expect(page).toHaveURL(/\/auth\/login/);
  await expect(page.getByLabel("Username")).toBeVisible();
}

/** copies every cookie of one host onto another host, as an attacker replaying a stolen cookie would */
export async function replayCookies(from: BrowserContext, to: BrowserContext, toHost: string) {
  const cookies = await from.cookies();
  expect(cookies.length).toBeGreaterThan(0);
  await to.addCookies(
    cookies.map((c) => ({
      name: c.name,
      value: c.value,
      domain: toHost,
      path: "/",
      httpOnly: c.httpOnly,
      secure: false,
      sameSite: c.sameSite,
    })),
  );
}

export const demoUrl = E2E.hospitalUrl(E2E.demoCode);
export const otherUrl = E2E.hospitalUrl(E2E.otherCode);

/**
 * a hospital user chooses their own password with a one-time code from the console (/auth/redeem), then lands on the
 * sign-in page with the notice; `t` is the catalogue of the hospital's language
 */
export async function redeemCode(
  page: Page,
  baseUrl: string,
  input: { username: string; code: string; password: string },
  t: typeof en.auth = en.auth,
) {
  await open(page, `${baseUrl}/auth/redeem`);
  await page.getByLabel(t.redeem.username).fill(input.username);
  await page.getByLabel(t.redeem.code).fill(input.code);
  await page.getByLabel(t.redeem.newPassword, { exact: true }).fill(input.password);
  await page.getByLabel(t.redeem.confirm, { exact: true }).fill(input.password);
  await page.getByRole("button", { name: t.redeem.submit }).click();
  await expect(page).toHaveURL(/\/auth\/login\?notice=password-set/);
  await expect(page.getByText(t.redeem.done)).toBeVisible();
}
