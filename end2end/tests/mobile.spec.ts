import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login } from "./support";

test.use({ viewport: { width: 375, height: 740 } });

for (const path of ["/", "/people", "/account/password", "/communities", "/communities/new", "/communities/it-helpdesk", "/communities/it-helpdesk/members", "/communities/baltic-payments-programme/history", "/communities/it-helpdesk/forum", "/communities/hallbar-finansiering/blog", "/notifications", "/tags/onboarding", "/people/2/blog", "/posts/1"]) {
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
