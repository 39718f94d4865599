// Security headers on the production build: a Content-Security-Policy with a fresh nonce per answer that Next puts on
// its scripts (no 'unsafe-inline' for scripts), pages that still hydrate without a single CSP violation, and
// `Cache-Control: no-store` on hospital pages and the API. HSTS is sent only when the deployment is served over
// HTTPS (SECURE_COOKIES, off for the e2e suite's ROOT_DOMAIN localhost:3100), so it is absent here.
import { expect, test, type Page, type Response } from "@playwright/test";
import { authFile, E2E } from "./env";
import { demoUrl, open } from "./helpers";

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.text().includes("Content Security Policy")) violations.push(msg.text());
  });
  return violations;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** the nonce of the answer's policy, after checking the policy is the strict one */
async function checkPolicy(response: Response | null): Promise<string> {
  expect(response, "the page answered").not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp, "a Content-Security-Policy header").toBeTruthy();
  const d = directives(csp!);
  const scriptSrc = d.get("script-src") ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  const nonce = scriptSrc.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, "script-src carries a nonce").toBeTruthy();
  expect(d.get("frame-ancestors")).toEqual(["'none'"]);
  expect(d.get("object-src")).toEqual(["'none'"]);
  expect(d.get("base-uri")).toEqual(["'self'"]);
  expect(d.get("form-action")).toEqual(["'self'"]);
  expect(d.get("connect-src")).toEqual(["'self'"]);
  expect(d.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  // every script of the HTML carries this answer's nonce
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "script tag carries the nonce").toContain(`nonce="${nonce}"`);
  // HSTS only over HTTPS deployments; the e2e server is plain http on localhost
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  return nonce!;
}

test("a hospital page: strict CSP with a nonce, hydrated without violations, never cached", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: authFile("doctor") });
  const page = await ctx.newPage();
  const violations = watchCsp(page);
  const response = await open(page, `${demoUrl}/patients`);
  const nonce = await checkPolicy(response);
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByTestId("hospital-name").first()).toHaveText("Demo General Hospital");
  // the script elements in the live page carry the nonce too (browsers hide it from getAttribute)
  const nonces = await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.filter((n) => n === nonce).length).toBeGreaterThan(0);
  // a second answer gets a different nonce
  const again = await page.reload();
  expect(await checkPolicy(again)).not.toBe(nonce);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

  // the API, called from the page (same origin, the session's cookie)
  const api = await page.evaluate(async () => {
    const r = await fetch("/api/trpc/account.me");
    return { ok: r.ok, cacheControl: r.headers.get("cache-control"), csp: r.headers.get("content-security-policy") };
  });
  expect(api.ok).toBe(true);
  expect(api.cacheControl).toBe("no-store");
  expect(api.csp).toBeTruthy();
  expect(violations).toEqual([]);
  await ctx.close();
});

test("the sign-in pages: strict CSP with a nonce, hydrated and working without violations", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  const violations = watchCsp(page);
  const hospitalLogin = await open(page, `${demoUrl}/auth/login`);
  await checkPolicy(hospitalLogin);
  expect(hospitalLogin!.headers()["cache-control"]).toContain("no-store");
  // hydrated (open waited for it) and interactive
  await page.getByLabel("Username").fill("doctor");
  await expect(page.getByLabel("Username")).toHaveValue("doctor");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();

  const adminLogin = await open(page, `${E2E.adminUrl}/auth/login`);
  await checkPolicy(adminLogin);
  await expect(page.getByText("Zain HMS administration")).toBeVisible();
  expect(violations).toEqual([]);
  await ctx.close();
});
