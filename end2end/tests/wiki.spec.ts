// Wikis: a page tree made, edited, compared and restored; two people editing one page at
// once; an answered question kept in the wiki with links both ways; the owners' health panel.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SAME_SITE, expectNoA11yViolations, hydrated, login } from "./support";

const JAMES = "james.wilson@nordbanken.example";

test("a page is made under another, edited, compared and restored", async ({ page }) => {
  await login(page, JAMES);
  await page.goto("/communities/it-helpdesk/wiki");
  await hydrated(page);
  // The demo's tree: the front page first.
  await expect(page.locator(".wiki-tree li").first()).toContainText("IT Helpdesk");
  const title = `Printers ${Date.now()}`;
  await page.getByRole("link", { name: "New page" }).click();
  await hydrated(page);
  await page.locator("#wiki-title").fill(title);
  await page.locator("#wiki-body").fill("## Floor two\n\nUse the printer by the lifts. See [[VPN och distansarbete]].");
  await page.getByRole("button", { name: "Create page" }).click();
  await page.waitForURL(/\/communities\/it-helpdesk\/wiki\/\d+$/);
  await hydrated(page);
  await expect(page.locator(".wiki-title")).toHaveText(title);
  // The link between pages leads to the page as it is now.
  await expect(page.locator(".prose a", { hasText: "VPN och distansarbete" })).toHaveAttribute("href", /\/wiki\/\d+$/);
  const path = new URL(page.url()).pathname;

  // A child page, with breadcrumbs back.
  await page.getByRole("link", { name: "Add a page under this one" }).click();
  await hydrated(page);
  await page.locator("#wiki-title").fill(`${title} – colour`);
  await page.locator("#wiki-body").fill("Colour printing needs a code.");
  await page.getByRole("button", { name: "Create page" }).click();
  await page.waitForURL(/\/wiki\/\d+$/);
  await expect(page.locator(".breadcrumbs")).toContainText(title);

  // Edit the first page: a new version with a summary.
  await page.goto(`${path}/edit`);
  await hydrated(page);
  await page.locator("#wiki-body").fill("## Floor three\n\nUse the colour printer by the stairs.");
  await page.locator("#wiki-summary").fill("Moved floors");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL((u) => u.pathname === path);
  await expect(page.locator(".prose")).toContainText("Floor three");

  // History and the difference between the two versions.
  await page.goto(`${path}/history`);
  await hydrated(page);
  await expect(page.locator(".wiki-history tbody tr")).toHaveCount(2);
  await expect(page.locator(".wiki-history")).toContainText("Moved floors");
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL((u) => u.pathname.endsWith("/diff") && u.searchParams.get("from") === "1" && u.searchParams.get("to") === "2");
  await expect(page.locator(".wiki-diff ins").first()).toBeVisible();
  await expect(page.locator(".wiki-diff del").first()).toBeVisible();
  await expectNoA11yViolations(page);

  // Restore version 1: a third version, nothing erased.
  await page.goto(`${path}/history`);
  await hydrated(page);
  await page.getByRole("button", { name: "Restore this version" }).click();
  await expect(page.locator(".wiki-history tbody tr")).toHaveCount(3);
  await page.goto(path);
  await expect(page.locator(".prose")).toContainText("Floor two");
});

test("two people editing one page: the later save comes back merged and nothing is lost", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await login(first, JAMES);
  await login(second, "anna.lindqvist@nordbanken.example");
  const created = await first.request.post("/api/wiki/pages/create", {
    headers: SAME_SITE,
    data: { community_slug: "it-helpdesk", title: `Shared ${Date.now()}`, body: "Line one.\nLine two.\nLine three.", lang: "en" },
  });
  const { path, id } = await created.json();
  for (const p of [first, second]) {
    await p.goto(`${path}/edit`);
    await hydrated(p);
  }
  await first.locator("#wiki-body").fill("Line one, by James.\nLine two.\nLine three.");
  await first.locator("form button.primary").click();
  await first.waitForURL((u) => u.pathname === path);
  await second.locator("#wiki-body").fill("Line one.\nLine two.\nLine three, by Anna.");
  await second.locator("form button.primary").click();
  // Refused, and the edit page comes back with both edits merged, based on version 2.
  const merge = second.locator("#wiki-merge");
  await expect(merge).toContainText("James Wilson");
  await expect(second.locator("#wiki-body")).toHaveValue("Line one, by James.\nLine two.\nLine three, by Anna.");
  await expectNoA11yViolations(second);
  await hydrated(second);
  await second.locator("form button.primary").click();
  await second.waitForURL((u) => u.pathname === path);
  const now = await (await second.request.get(`/api/wiki/pages/get?id=${id}`)).json();
  expect(now.body).toBe("Line one, by James.\nLine two.\nLine three, by Anna.");
  expect(now.version).toBe(3);
  // Saved: nothing is kept any more, the edit page is plain again.
  await second.goto(`${path}/edit`);
  await expect(second.locator("#wiki-merge")).toHaveCount(0);
});

test("the same line changed by two people is kept twice, without JavaScript too", async ({ browser }) => {
  const james = await (await browser.newContext()).newPage();
  const anna = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await login(james, JAMES);
  // Logging in is a plain form too.
  await anna.goto("/login");
  await anna.locator("#login-email").fill("anna.lindqvist@nordbanken.example");
  await anna.locator("#login-password").fill(DEMO_PASSWORD);
  await anna.locator("form.stack button[type=submit]").click();
  await anna.waitForURL((u) => u.pathname === "/");
  const created = await james.request.post("/api/wiki/pages/create", {
    headers: SAME_SITE,
    data: { community_slug: "it-helpdesk", title: `Clash ${Date.now()}`, body: "Call 1234.", lang: "en" },
  });
  const { path, id } = await created.json();
  await anna.goto(`${path}/edit`);
  const saved = await james.request.post("/api/wiki/pages/update", {
    headers: SAME_SITE,
    data: { id, body: "Call 5678.", base_version: 1 },
  });
  expect(saved.status()).toBe(200);
  await anna.locator("#wiki-body").fill("Call the service desk.");
  await anna.locator("form button.primary").click();
  await anna.waitForURL((u) => u.pathname === `${path}/edit`);
  await expect(anna.locator(".alert-error").first()).toBeVisible();
  // (Anna reads Swedish: the merge notice names James and says where both changed a line.)
  await expect(anna.locator("#wiki-merge strong")).toContainText("James Wilson");
  await expect(anna.locator("#wiki-body")).toHaveValue("<<<<<<<\nCall 5678.\n=======\nCall the service desk.\n>>>>>>>");
  // She keeps hers and saves, still without JavaScript.
  await anna.locator("#wiki-body").fill("Call the service desk (5678).");
  await anna.locator("form button.primary").click();
  await anna.waitForURL((u) => u.pathname === path);
  const now = await (await james.request.get(`/api/wiki/pages/get?id=${id}`)).json();
  expect(now.body).toBe("Call the service desk (5678).");
});

test("an answered question is kept in the wiki, and the links lead both ways", async ({ page }) => {
  await login(page, JAMES);
  const asked = await page.request.post("/api/forum/topics/create", {
    headers: SAME_SITE,
    data: { community_slug: "it-helpdesk", title: `Printer queue stuck ${Date.now()}`, body: "Nothing prints.", lang: "en", question: true },
  });
  const topic = (await asked.json()).id;
  const replied = await page.request.post("/api/forum/replies/create", {
    headers: SAME_SITE,
    data: { topic_id: topic, body: "Restart the print spooler.", lang: "en" },
  });
  const reply = (await replied.json()).id;
  await page.request.post("/api/forum/accept", { headers: SAME_SITE, data: { topic_id: topic, reply_id: reply } });
  await page.goto(`/posts/${topic}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Keep this answer in the wiki" }).click();
  await page.waitForURL(/\/communities\/it-helpdesk\/wiki\/\d+/);
  await expect(page.locator(".prose")).toContainText("Restart the print spooler");
  await expect(page.locator(".alert-info")).toContainText("From the question");
  // Back to the question, which now says where its answer is kept.
  await page.locator(".alert-info a").first().click();
  await page.waitForURL(new RegExp(`/posts/${topic}`));
  await page.getByRole("link", { name: "Open the wiki page" }).click();
  await page.waitForURL(/from=forum/);
  await expect(page.locator(".alert-info")).toContainText("reached 1 time from the forum");
});

test("owners see what their community lacks, with the way to fix it", async ({ page }) => {
  await login(page, "mikko.virtanen@nordbanken.example");
  await page.goto("/communities/myynti-suomi");
  await hydrated(page);
  await expect(page.locator("#health-heading")).toBeVisible();
  const fix = page.locator(".health a[href='/communities/myynti-suomi/files']");
  await expect(fix).toBeVisible();
  await fix.click();
  await page.waitForURL(/\/communities\/myynti-suomi\/files/);
  // Control: a member who does not run it sees no panel.
  await page.context().clearCookies();
  await login(page, JAMES);
  await page.goto("/communities/it-helpdesk");
  await expect(page.locator("#health-heading")).toHaveCount(0);
});
