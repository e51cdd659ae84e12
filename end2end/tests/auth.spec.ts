import { expect, test } from "@playwright/test";
import { ADMIN, expectNoA11yViolations, hydrated, login } from "./support";

test("a wrong password gets a clear error and a 401", async ({ page }) => {
  await page.goto("/login");
  await hydrated(page);
  await expectNoA11yViolations(page);
  await page.getByLabel("E-mail address").fill("anna.lindqvist@nordbanken.example");
  await page.getByLabel("Password").fill("not the password");
  const response = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
  await page.getByRole("button", { name: "Log in" }).click();
  expect((await response).status()).toBe(401);
  await expect(page.getByRole("alert")).toContainText("The e-mail address or the password is wrong.");
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna.lindqvist@nordbanken.example");
});

test("repeated failures are throttled with the same clear error in the UI", async ({ page }) => {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("E-mail address").fill("james.wilson@nordbanken.example");
  await page.getByLabel("Password").fill("wrong wrong wrong");
  for (let i = 0; i < 5; i++) {
    const r = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
    await page.getByRole("button", { name: "Log in" }).click();
    expect((await r).status()).toBe(401);
  }
  const r = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
  await page.getByRole("button", { name: "Log in" }).click();
  const res = await r;
  expect(res.status()).toBe(429);
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByRole("alert")).toContainText("Too many attempts");
});

test("an admin logs in, sees the home page and logs out", async ({ page }) => {
  await login(page, ADMIN);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Astrid!");
  await expectNoA11yViolations(page);
  await page.locator(".user-menu summary").click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("logging in works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill("admin@nordbanken.example");
  await page.getByLabel("Password").fill("gemenskap-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  // The form posted to the API, which sent the browser home, logged in.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Astrid!");
  await context.close();
});
