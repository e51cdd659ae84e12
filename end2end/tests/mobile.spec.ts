import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login } from "./support";

test.use({ viewport: { width: 375, height: 740 } });

for (const path of ["/", "/people", "/account/password", "/communities", "/communities/new", "/communities/it-helpdesk", "/communities/it-helpdesk/members", "/communities/baltic-payments-programme/history", "/communities/it-helpdesk/forum", "/communities/hallbar-finansiering/blog", "/notifications", "/tags/onboarding", "/people/2/blog", "/account/sessions", "/communities/it-helpdesk/translations", "/communities/it-helpdesk/forum?all_languages=true", "/communities/it-helpdesk/wiki", "/communities/hallbar-finansiering/files", "/search?q=vpn&all_languages=true"]) {
  test(`${path} fits a 375 px phone screen`, async ({ page }) => {
    await login(page, "kadri.tamm@nordbanken.example");
    await page.goto(path);
    // Loaded directly, each page must hydrate: a mismatch between the server's HTML and the
    // browser's render would leave it without its scripts.
    await hydrated(page);
    await expect(page.locator("main h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page);
  });
}

test("a thread fits a 375 px phone screen", async ({ page }) => {
  await login(page, "kadri.tamm@nordbanken.example");
  // Ids are random: the thread is found through the forum's list.
  const list = await page.request.get("/api/forum/topics/list?community_slug=it-helpdesk&all_languages=true");
  const topic = (await list.json()).items.find((t: any) => !t.pinned);
  await page.goto(`/posts/${topic.id}`);
  await hydrated(page);
  await expect(page.locator("main h1")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
});

test("an original and its translation side by side fit a 375 px phone screen", async ({ page }) => {
  await login(page, "kadri.tamm@nordbanken.example");
  const list = await page.request.get("/api/forum/topics/list?community_slug=it-helpdesk&all_languages=true");
  const pinned = (await list.json()).items.find((t: any) => t.pinned);
  // Kadri reads Estonian, then English: the pinned guide comes in its English translation.
  expect(pinned.translated_from.lang).toBe("sv");
  await page.goto(`/posts/${pinned.id}/compare?lang=en`);
  await hydrated(page);
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.locator(".side-by-side section")).toHaveCount(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
});

test("a wiki page, its history and a difference fit a 375 px phone screen", async ({ page }) => {
  await login(page, "kadri.tamm@nordbanken.example");
  const tree = await (await page.request.get("/api/wiki/tree?community_slug=it-helpdesk")).json();
  const vpn = tree.pages.find((p: any) => p.title === "VPN och distansarbete");
  for (const path of [vpn.path, `${vpn.path}/history`, `${vpn.path}/diff?from=1&to=2`]) {
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator("main h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page);
  }
});
