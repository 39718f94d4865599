// The super admin's console: the hospitals table with per-hospital facts, system health, and the read-only data
// browser whose views are themselves audited.
import { expect, test } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { authFile, E2E } from "./env";
import { open } from "./helpers";

const sa = en.superadmin;
test.use({ storageState: authFile("superadmin") });

test("the dashboard lists hospitals with their facts, and health shows every database at the latest schema", async ({
  page,
}) => {
  await open(page, `${E2E.adminUrl}/auth/superadmin`);
  await expect(page.getByRole("heading", { name: sa.page.title })).toBeVisible();
  const demoRow = page.getByRole("row").filter({ hasText: E2E.demoCode });
  await expect(demoRow).toBeVisible();
  await expect(demoRow.getByText("Demo General Hospital")).toBeVisible();
  await page.screenshot({ path: ".tmp/screenshots/console-hospitals.png", fullPage: true });

  await page.getByRole("tab", { name: sa.page.tabs.health }).click();
  await expect(page.getByText(sa.health.reachable).first()).toBeVisible();
  await expect(page.getByText(/all at the latest schema/)).toBeVisible();
  await page.getByRole("tab", { name: sa.page.tabs.charts }).click();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.screenshot({ path: ".tmp/screenshots/console-charts.png", fullPage: true });
});

test("the data browser lists hospitals and users read-only, and the audit log records the browsing", async ({
  page,
}) => {
  const b = sa.browser;
  await open(page, `${E2E.adminUrl}/admin`);
  await expect(page.getByRole("heading", { name: b.title })).toBeVisible();
  await expect(page.getByText(b.auditedNotice)).toBeVisible();
  await expect(page.getByRole("cell", { name: E2E.demoCode }).first()).toBeVisible();
  await page.getByRole("tab", { name: b.tabs.users }).click();
  await expect(page.getByRole("cell", { name: "reception", exact: true }).first()).toBeVisible();
  await page.getByRole("tab", { name: b.tabs.audit }).click();
  // opening the lists above was itself recorded, with what was browsed
  await expect(
    page.getByRole("row").filter({ hasText: "superadmin.view" }).filter({ hasText: "browse.users" }).first(),
  ).toBeVisible();
  await page.screenshot({ path: ".tmp/screenshots/console-browser.png", fullPage: true });
});
