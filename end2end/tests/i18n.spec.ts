import { expect, test } from "@playwright/test";
import { ADMIN, expectNoA11yViolations, hydrated, login } from "./support";

test.describe("a browser that asks for Swedish", () => {
  test.use({ locale: "sv-SE", extraHTTPHeaders: { "Accept-Language": "sv-SE,sv;q=0.9,en;q=0.5" } });

  test("gets the login page and the intranet in Swedish", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { name: "Logga in" })).toBeVisible();
    await hydrated(page);
    await page.getByLabel("E-postadress").fill(ADMIN);
    await page.getByLabel("Lösenord").fill("gemenskap-demo");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Välkommen, Astrid!");
    await page.getByRole("navigation").getByRole("link", { name: "Personer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personer");
    await expectNoA11yViolations(page);
  });
});

test("the language switcher changes the interface language and remembers it", async ({ page }) => {
  await login(page, "katrin.mueller@nordbanken.example");
  // Katrin's profile says German.
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Katrin!");
  await page.getByLabel("Sprache", { exact: true }).selectOption("pl");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Katrin");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expectNoA11yViolations(page);
});

test("the pseudo-locale shows every string accented", async ({ page }) => {
  await page.context().addCookies([{ name: "gemenskap_lang", value: "en-XA", url: "http://127.0.0.1" }]);
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ļöĝ ïñ");
});
