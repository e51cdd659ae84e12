import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, login } from "./support";

test("the directory finds people by expertise and shows their profile", async ({ page }) => {
  await login(page, "anna.lindqvist@nordbanken.example");
  await page.goto("/people?lang=en");
  await expectNoA11yViolations(page);
  await page.locator("#people-expertise").fill("Mortgages");
  await page.locator("form.filters button[type=submit]").click();
  await expect(page.locator(".people-list .person")).toHaveCount(2);
  await page.getByRole("link", { name: "Jānis Bērziņš" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jānis Bērziņš");
  await expectNoA11yViolations(page);
});

test("a person edits their own profile and the directory shows it", async ({ page }) => {
  await login(page, "lars.nielsen@nordbanken.example");
  await page.goto("/");
  await page.locator(".user-menu summary").click();
  await page.locator(".user-menu a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lars Nielsen");
  await page.locator(".profile-head a.button").click();
  await expectNoA11yViolations(page);
  await page.locator("#pf-title").fill("Senior developer");
  await page.locator("#pf-expertise").fill("Rust, PostgreSQL, Leptos");
  await page.locator("#pf-read-sv").check();
  await page.locator(".profile-form button[type=submit]").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lars Nielsen");
  await expect(page.locator(".profile")).toContainText("Senior developer");
  await expect(page.locator(".profile .tags")).toContainText("Leptos");
  await page.goto("/people?expertise=leptos");
  await expect(page.locator(".people-list .person")).toHaveCount(1);
});

test("a profile form with a too long title says so and keeps the input", async ({ page }) => {
  await login(page, "aino.korhonen@nordbanken.example");
  await page.goto("/");
  await page.locator(".user-menu summary").click();
  await page.locator(".user-menu a").first().click();
  await page.locator(".profile-head a.button").click();
  await page.locator("#pf-title").evaluate((el: HTMLInputElement) => el.removeAttribute("maxlength"));
  await page.locator("#pf-title").fill("x".repeat(120));
  await page.locator(".profile-form button[type=submit]").click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.locator("#pf-title")).toHaveValue("x".repeat(120));
});
