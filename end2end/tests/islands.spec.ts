// The islands, each in the browser: what changes without a page load (the unread count, the
// user menu, search as you type, invite suggestions, times in the reader's zone), and that a
// page sends no translations and no more than its budget of script.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login, SAME_SITE } from "./support";

const ERIK = "erik.johansson@nordbanken.example";
const ANNA = "anna.lindqvist@nordbanken.example";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Helsinki" })).newPage();
  await login(page, email);
  const res = await page.request.post("/api/profile/update", { headers: SAME_SITE, data: { ui_language: "en" } });
  expect(res.status()).toBe(200);
  return page;
}

test("the unread count follows new notifications while the page is open", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  // Start from nothing unread.
  await erik.request.post("/api/notifications/read", { headers: SAME_SITE, data: {} });
  await erik.goto("/people");
  await hydrated(erik);
  await expect(erik.locator(".nav-notifications .count-badge")).toHaveCount(0);

  const anna = await as(browser, ANNA);
  const people = await anna.request.get("/api/people/mention-suggest?q=erik");
  const id = (await people.json()).items[0].id;
  const posted = await anna.request.post("/api/status/create", {
    headers: SAME_SITE,
    data: { text: `Can you review the deck, @[Erik Johansson](user:${id})?`, lang: "en" },
  });
  expect(posted.status()).toBe(200);

  // The tab comes back into view: the count is asked for again, without a page load.
  await erik.evaluate(() => ((window as any).__sameDocument = true));
  await erik.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(erik.locator(".nav-notifications .count-badge")).toHaveText("1");
  await expect(erik.locator(".nav-notifications .count-badge")).toHaveAttribute("aria-label", "1 unread notification");
  expect(await erik.evaluate(() => (window as any).__sameDocument === true)).toBe(true);

  // Opening it marks it read before its page loads, so that page counts it no more.
  await erik.goto("/notifications");
  await erik.locator(".notification.unread").first().getByRole("link").click();
  await erik.waitForURL(/\/posts\/\d+/);
  await expect(erik.locator(".nav-notifications .count-badge")).toHaveCount(0);
});

test("Esc closes the user menu and gives focus back to its button", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  await erik.goto("/");
  await hydrated(erik);
  const summary = erik.locator(".user-menu summary");
  await summary.click();
  await expect(erik.locator(".user-menu")).toHaveAttribute("open", "");
  await erik.getByRole("link", { name: "My profile" }).focus();
  await erik.keyboard.press("Escape");
  await expect(erik.locator(".user-menu")).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
});

test("the people directory follows the search field as one types", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  await erik.goto("/people");
  await hydrated(erik);
  await erik.evaluate(() => ((window as any).__sameDocument = true));
  await erik.locator("#people-q").pressSequentially("Lindq");
  await expect(erik.locator("#people-results")).toContainText("Anna Lindqvist");
  await expect(erik.locator("#people-results")).not.toContainText("Erik Johansson");
  await expect(erik).toHaveURL(/q=Lindq/);
  expect(await erik.evaluate(() => (window as any).__sameDocument === true)).toBe(true);
  await expectNoA11yViolations(erik);
});

test("the invite field suggests colleagues by name", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  const created = await erik.request.post("/api/communities/create", {
    headers: SAME_SITE,
    data: { name: `Invite test ${Date.now()}`, visibility: "public", template: "project", languages: ["en"] },
  });
  const { slug } = await created.json();
  await erik.goto(`/communities/${slug}/members`);
  await hydrated(erik);
  await erik.locator("#ci-email").pressSequentially("Anna");
  await expect(erik.locator("#ci-email-people option[value='anna.lindqvist@nordbanken.example']")).toHaveCount(1);
});

test("times are shown in the reader's own zone, recent ones relatively", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  const posted = await erik.request.post("/api/status/create", {
    headers: SAME_SITE,
    data: { text: `Local time check ${Date.now()}`, lang: "en" },
  });
  const { id } = await posted.json();
  await erik.goto(`/posts/${id}`);
  await hydrated(erik);
  const time = erik.locator(".item-status time").first();
  await expect(time).toHaveText(/now|minute|second/);
  // The exact moment stays in the title, in the reader's zone rather than UTC.
  await expect(time).toHaveAttribute("title", /\d/);
  await expect(time).not.toHaveAttribute("title", /UTC/);
});

test("no page sends translations to the browser, and the first load stays within budget", async ({ page }) => {
  let scriptBytes = 0;
  page.on("response", async (res) => {
    const url = res.url();
    if (url.endsWith(".wasm") || url.endsWith(".js")) {
      scriptBytes += (await res.request().sizes()).responseBodySize;
    }
  });
  await login(page, ERIK);
  await page.goto("/communities/it-helpdesk/forum");
  await hydrated(page);
  const html = await page.content();
  expect(html).not.toContain("post-markdown-help");
  // Sizes over the wire as this server sends them (compressed); the budget is 150 KB.
  expect(scriptBytes).toBeGreaterThan(0);
  expect(scriptBytes).toBeLessThan(150 * 1024);
});
