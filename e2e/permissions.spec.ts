// The hospital admin reads the permissions table in settings (the same table the server enforces); other roles
// cannot open it.
import { expect, test } from "@playwright/test";
import { en } from "../shared/i18n/messages";
import { authFile } from "./env";
import { demoUrl, open } from "./helpers";

const t = en.permissions;

test.describe("roles and permissions", () => {
  test.use({ storageState: authFile("admin") });

  test("the admin reads who may do what, from settings", async ({ page }) => {
    await open(page, `${demoUrl}/auth/hospital/settings`);
    await page.getByRole("link", { name: t.open }).click();
    await expect(page.getByRole("heading", { name: t.title, level: 1 })).toBeVisible();
    const sign = page.getByRole("row", { name: new RegExp(t.names.encounter_sign) });
    const headers = await page.getByRole("columnheader").allTextContents();
    const cells = sign.getByRole("cell");
    // the doctor signs encounters; the nurse does not
    await expect(cells.nth(headers.indexOf(en.roles.DOCTOR)).getByLabel(t.granted)).toBeVisible();
    await expect(cells.nth(headers.indexOf(en.roles.NURSE)).getByLabel(t.notGranted)).toBeVisible();
    await page.screenshot({ path: ".tmp/screenshots/roles-and-permissions.png", fullPage: true });
  });
});

test.describe("roles and permissions, as a nurse", () => {
  test.use({ storageState: authFile("nurse") });

  test("is not there for other roles", async ({ page }) => {
    const response = await page.goto(`${demoUrl}/auth/hospital/settings/roles`);
    expect(response?.status()).toBe(404);
  });
});
