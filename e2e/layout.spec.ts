// Every page of the hospital app fits a 1280 px laptop and a tablet: nothing wider than the window (tables scroll
// inside their own box), and the navigation is reachable on the tablet through the menu button.
import { expect, test } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { authFile } from "./env";
import { demoUrl, open } from "./helpers";

const PAGES = [
  "/",
  "/patients",
  "/patients/new",
  "/appointments",
  "/encounters",
  "/staff",
  "/staff/departments",
  "/audit",
  "/auth/hospital/settings",
  "/auth/hospital/settings/roles",
  "/account/security",
];

test.use({ storageState: authFile("admin") });

for (const viewport of [
  { name: "laptop", width: 1280, height: 800 },
  { name: "tablet", width: 820, height: 1180 },
]) {
  test(`every page fits a ${viewport.name} (${viewport.width} px)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const path of PAGES) {
      const response = await page.goto(`${demoUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
    }
    if (viewport.name === "tablet") {
      await open(page, `${demoUrl}/`);
      await page.getByRole("button", { name: en.shell.menu }).click();
      await expect(page.getByRole("link", { name: en.areas.appointments })).toBeVisible();
      await page.screenshot({ path: ".tmp/screenshots/tablet-menu.png" });
    }
  });
}
