// Signs in once per role through the real form and saves each browser state for the other suites.
import { expect, test as setup } from "@playwright/test";
import { authFile, E2E } from "./env";
import { open } from "./helpers";

for (const username of E2E.roles) {
  setup(`sign in as ${username} on the demo hospital`, async ({ page }) => {
    await open(page, `${E2E.hospitalUrl(E2E.demoCode)}/auth/login`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(E2E.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("hospital-name").first()).toHaveText("Demo General Hospital");
    await page.context().storageState({ path: authFile(username) });
  });
}

setup("sign in as the super admin on the admin host", async ({ page }) => {
  await open(page, `${E2E.adminUrl}/auth/login`);
  await page.getByLabel("Username").fill(E2E.superadmin.username);
  await page.getByLabel("Password").fill(E2E.superadmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/auth\/superadmin/);
  await page.context().storageState({ path: authFile("superadmin") });
});
