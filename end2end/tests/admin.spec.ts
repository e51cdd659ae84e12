import { expect, test } from "@playwright/test";
import { ADMIN, expectNoA11yViolations, hydrated, login } from "./support";

test("an admin adds an account and the new person can log in", async ({ page, browser }) => {
  await login(page, ADMIN);
  await page.getByRole("navigation").getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accounts");
  await expectNoA11yViolations(page);
  await hydrated(page);
  const email = `new.person.${Date.now()}@nordbanken.example`;
  await page.locator("#nu-email").fill(email);
  await page.locator("#nu-name").fill("Nova Person");
  await page.locator("#nu-password").fill("a fine long password");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByRole("status")).toContainText("The account has been created");
  await expect(page.locator("table.accounts")).toContainText(email);

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await login(p2, email, "a fine long password");
  await expect(p2.getByRole("heading", { level: 1 })).toHaveText("Welcome, Nova!");
  await other.close();
});

test("a member does not see the administration and the API refuses them", async ({ page }) => {
  await login(page, "erik.johansson@nordbanken.example");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Erik");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Administration" })).toHaveCount(0);
  expect((await page.request.get("/api/admin/users/list")).status()).toBe(403);
});
