import { expect, test } from "@playwright/test";
import { ADMIN, expectNoA11yViolations, hydrated, login } from "./support";

test("the login page loads no script, and a wrong password gets a clear error", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (/\.(wasm|js)$/.test(new URL(r.url()).pathname)) scripts.push(r.url());
  });
  await page.goto("/login");
  await expectNoA11yViolations(page);
  await page.getByLabel("E-mail address").fill("anna.lindqvist@nordbanken.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("The e-mail address or the password is wrong.");
  expect(scripts, "no WASM or JavaScript before logging in").toEqual([]);
  await expect(page.getByLabel("E-mail address")).toHaveValue("anna.lindqvist@nordbanken.example");
});

test("repeated failures are throttled with the same clear error in the UI", async ({ page }) => {
  // An address no other test logs in with (no account has it: the throttle counts it the
  // same), so the 30 s wait cannot fall on a later test's login.
  const guessed = "throttle.probe@nordbanken.example";
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(guessed);
  for (let i = 0; i < 5; i++) {
    // The address stays filled in after each failure; the password never does.
    await page.getByLabel("Password").fill("wrong wrong wrong");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("alert")).toContainText("The e-mail address or the password is wrong.");
    await expect(page.getByLabel("E-mail address")).toHaveValue(guessed);
  }
  await page.getByLabel("Password").fill("wrong wrong wrong");
  await page.getByRole("button", { name: "Log in" }).click();
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
