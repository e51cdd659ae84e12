// Search: the header's box with suggestions, the results page with facets, the
// cross-language view, a similar answered question while asking, and the admin's view of
// the index; at 375 px too.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login } from "./support";

const JAMES = "james.wilson@nordbanken.example";

test("the header's box suggests as one types and leads to results with facets", async ({ page }) => {
  await login(page, JAMES);
  await hydrated(page);
  const box = page.locator("#site-search-q");
  await box.fill("screen share");
  const suggestions = page.locator("#site-search-suggestions");
  await expect(suggestions).toBeVisible();
  await expect(suggestions).toContainText("External guests can't see my screen share in Teams");
  await box.press("Enter");
  await page.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "screen share");
  await hydrated(page);
  // The question, its answer and the wiki page kept from it.
  const hit = page.locator(".search-hit", { hasText: "External guests can't see my screen share in Teams" }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator(".search-snippet mark").first()).toBeVisible();
  await expectNoA11yViolations(page);
  // A facet narrows the results to one kind, and the filter can be cleared again.
  await page.locator(".search-facets a", { hasText: /Topic/ }).first().click();
  await page.waitForURL((u) => u.searchParams.get("kind") === "topic");
  await expect(page.locator(".search-hit").first()).toBeVisible();
  const kinds = await page.locator(".search-hit .badge").allTextContents();
  expect(kinds.every((k) => k === "Topic" || k === "Answered")).toBe(true);
  await page.getByRole("link", { name: "Show all results again" }).click();
  await page.waitForURL((u) => !u.searchParams.has("kind"));
  // The hit leads to the question's thread or the wiki page kept from it.
  await page.locator(".search-hit-title", { hasText: "External guests" }).first().click();
  await page.waitForURL(/\/posts\/\d+|\/wiki\/\d+/);
  await expect(page.locator("main")).toContainText("External guests");
});

test("without JavaScript the header's box is a plain form", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("#login-email").fill(JAMES);
  await page.locator("#login-password").fill("gemenskap-demo");
  await page.locator("form.stack button[type=submit]").click();
  await page.waitForURL((u) => u.pathname === "/");
  await page.locator("#site-search-q").fill("Bloomberg");
  await page.locator("#site-search-q").press("Enter");
  await page.waitForURL((u) => u.pathname === "/search");
  await expect(page.locator(".search-hit", { hasText: "Bloomberg" }).first()).toBeVisible();
  await context.close();
});

test("a question being written meets the answered one like it", async ({ page }) => {
  await login(page, JAMES);
  await page.goto("/communities/it-helpdesk/forum");
  await hydrated(page);
  await page.locator("details.composer summary").first().click();
  await page.locator("#topic-title").fill("Guests cannot see the screen share");
  await page.locator("#topic-body").fill("When I share my screen in Teams the external guests see nothing.");
  const similar = page.locator(".similar-answers");
  await expect(similar).toBeVisible();
  await expect(similar).toContainText("screen share");
  await expectNoA11yViolations(page);
});

test("the results page and the box fit a 375 px phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await login(page, "kadri.tamm@nordbanken.example");
  await page.goto("/search?q=vpn&all_languages=true");
  await hydrated(page);
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.locator(".search-hit").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator("#site-search-q")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("admins see the index's state", async ({ page }) => {
  await login(page, "admin@nordbanken.example");
  await page.goto("/admin/search");
  await hydrated(page);
  await expect(page.locator("main h1")).toBeVisible();
  const documents = await page.locator(".facts dd").first().textContent();
  expect(Number(documents)).toBeGreaterThan(50);
});
