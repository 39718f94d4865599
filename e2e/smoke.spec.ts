import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { open } from "./helpers";

test("the landing page sends a hospital code to that hospital's sign-in page", async ({ page }) => {
  await open(page, E2E.rootUrl);
  await expect(page.getByRole("heading", { name: "Go to your hospital" })).toBeVisible();
  await page.getByLabel("Hospital code").fill("demo001");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${E2E.hospitalUrl(E2E.demoCode)}/auth/login`);
  await expect(page.getByText("Demo General Hospital")).toBeVisible();
});

test("the landing page refuses a malformed code", async ({ page }) => {
  await open(page, E2E.rootUrl);
  await page.getByLabel("Hospital code").fill("../x");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("A hospital code has 3 to 16 letters or digits")).toBeVisible();
});

test("unknown, reserved and foreign hosts answer 404", async ({ request }) => {
  for (const host of ["nosuch99.localhost:3100", "api.localhost:3100", "a.b.localhost:3100", "evil.example:3100"]) {
    const r = await request.get(`http://127.0.0.1:${E2E.port}/auth/login`, { headers: { host } });
    expect(r.status(), host).toBe(404);
  }
});

test("health answers only ok to anyone; the summary needs the metrics token", async ({ request }) => {
  const url = `http://127.0.0.1:${E2E.port}/api/health`;
  const anonymous = await request.get(url);
  expect(anonymous.ok()).toBe(true);
  expect(await anonymous.json()).toEqual({ ok: true });
  const wrong = await request.get(url, { headers: { authorization: "Bearer not-the-token" } });
  expect(await wrong.json()).toEqual({ ok: true });
  const r = await request.get(url, { headers: { authorization: `Bearer ${E2E.metricsToken}` } });
  expect(r.ok()).toBe(true);
  const body = await r.json();
  expect(body).toMatchObject({ ok: true, database: { main: "reachable" } });
  expect(body.hospitals.byStatus.ACTIVE).toBeGreaterThanOrEqual(2);
});

test("both hosts show their sign-in page", async ({ page }) => {
  await page.goto(`${E2E.adminUrl}/auth/login`);
  await expect(page.getByText("Zain HMS administration")).toBeVisible();
  await page.goto(`${E2E.hospitalUrl(E2E.demoCode)}/auth/login`);
  await expect(page.getByLabel("Username")).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("the icon and robots.txt come from public/ on every host, and search engines are kept out", async ({
  request,
}) => {
  for (const host of [`${E2E.demoCode.toLowerCase()}.localhost:3100`, "admin.localhost:3100", "localhost:3100"]) {
    const icon = await request.get(`http://127.0.0.1:${E2E.port}/icon.svg`, { headers: { host } });
    expect(icon.status(), host).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    const robots = await request.get(`http://127.0.0.1:${E2E.port}/robots.txt`, { headers: { host } });
    expect(await robots.text(), host).toContain("Disallow: /");
  }
});
