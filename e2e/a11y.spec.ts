// Accessibility: axe finds no serious or critical violation (WCAG 2 A and AA) on the pages staff use most — sign-in,
// patients, appointments, an encounter, settings, and the console — and the console dashboard logs no React warning.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { demoUrl, open } from "./helpers";

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

test("the sign-in page", async ({ page }) => {
  await open(page, `${demoUrl}/auth/login`);
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe("as reception", () => {
  test.use({ storageState: authFile("reception") });
  for (const path of ["/patients", "/appointments"])
    test(path, async ({ page }) => {
      await open(page, `${demoUrl}${path}`);
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page)).toEqual([]);
    });
});

test.describe("as the doctor", () => {
  test.use({ storageState: authFile("doctor") });
  test("an encounter", async ({ page }) => {
    await open(page, `${demoUrl}/patients`);
    await page.getByText("Smith, John").first().click();
    await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: en.patients.startWalkIn }).click();
    await expect(page).toHaveURL(/\/encounters\/[0-9a-f-]{36}$/);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("as the admin", () => {
  test.use({ storageState: authFile("admin") });
  test("settings", async ({ page }) => {
    await open(page, `${demoUrl}/auth/hospital/settings`);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("as the super admin", () => {
  test.use({ storageState: authFile("superadmin") });
  test("the console dashboard, without React warnings", async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") warnings.push(m.text());
    });
    await open(page, `${E2E.adminUrl}/auth/superadmin`);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    expect(warnings.filter((w) => /hasn't mounted yet|not mounted|Warning:/.test(w))).toEqual([]);
  });
});
