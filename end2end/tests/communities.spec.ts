// Communities in the browser: creating each kind, asking to join and approving, adding
// people to a client team up to its cap, and a restricted community's address showing
// nothing to someone outside it.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login, SAME_SITE } from "./support";

// Erik may create restricted communities: the demo's admin allowed him.
const ERIK = "erik.johansson@nordbanken.example";

/** Logs in and switches the person's interface to English, so these tests read one language
 * (the demo people each have their own; i18n.spec.ts covers the others). */
async function loginInEnglish(page: Page, email: string) {
  await login(page, email);
  const res = await page.request.post("/api/profile/update", { headers: SAME_SITE, data: { ui_language: "en" } });
  expect(res.status()).toBe(200);
}

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginInEnglish(page, email);
  return page;
}

async function createCommunity(
  page: Page,
  name: string,
  visibility: "public" | "moderated" | "restricted",
  template: "helpdesk" | "project" | "client_team",
  cap?: number,
) {
  await page.goto("/communities/new");
  await page.locator("#cc-name").fill(name);
  await page.locator("#cc-description").fill(`What ${name} is for.`);
  await page.locator(`#cc-vis-${visibility}`).check();
  await page.locator("#cc-template").selectOption(template);
  await page.locator("#cc-lang-en").check();
  if (cap !== undefined) await page.locator("#cc-cap").fill(String(cap));
  await page.getByRole("button", { name: "Create community" }).click();
  await page.waitForURL((url) => /^\/communities\/[a-z0-9-]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

test("each kind of community is created from the form and listed for its owner", async ({ page }) => {
  await loginInEnglish(page, ERIK);
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Communities" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Communities");
  await expectNoA11yViolations(page);
  const stamp = Date.now();
  await createCommunity(page, `Open kitchen ${stamp}`, "public", "project");
  await expect(page.locator(".community-head .tags")).toContainText("Public");
  await expectNoA11yViolations(page);
  await createCommunity(page, `Credit models ${stamp}`, "moderated", "helpdesk");
  await expect(page.locator(".facts")).toContainText("questions and answers");
  await createCommunity(page, `Client Aurora ${stamp}`, "restricted", "client_team");
  // No client name in the address of a restricted community.
  expect(new URL(page.url()).pathname).toMatch(/^\/communities\/r-[a-z0-9]{12}$/);
  await expect(page.getByText("Restricted community: only its members can see it.")).toBeVisible();
  await page.goto(`/communities?q=${stamp}&mine=true`);
  await expect(page.locator(".community-card")).toHaveCount(3);
  // The list follows the name field as one types, and the address keeps up.
  await page.goto("/communities");
  await hydrated(page);
  await page.locator("#cf-q").pressSequentially(`Credit models ${stamp}`);
  await expect(page.locator(".community-card")).toHaveCount(1);
  await expect(page.locator(".community-card")).toContainText("Moderated");
  await expect(page).toHaveURL(/q=Credit(%20|\+)models/);
});

test("a join request is approved by the owner and the person becomes a member", async ({ browser }) => {
  const aino = await as(browser, "aino.korhonen@nordbanken.example");
  await aino.goto("/communities/kredittrisiko-norden");
  await expect(aino.getByRole("heading", { level: 1 })).toHaveText("Kredittrisiko Norden");
  await aino.locator("#cr-message").fill("I cover Finnish corporate credit.");
  await aino.getByRole("button", { name: "Ask to join" }).click();
  await expect(aino.getByRole("status")).toContainText("waiting for an owner or moderator");

  const ola = await as(browser, "ola.nordmann@nordbanken.example");
  await ola.goto("/communities/kredittrisiko-norden/requests");
  await expectNoA11yViolations(ola);
  const row = ola.locator(".request-row", { hasText: "Aino Korhonen" });
  await expect(row).toContainText("I cover Finnish corporate credit.");
  await row.getByRole("button", { name: "Approve" }).click();
  await expect(ola.locator(".request-row", { hasText: "Aino Korhonen" })).toHaveCount(0);

  await aino.goto("/communities/kredittrisiko-norden");
  await expect(aino.locator(".facts")).toContainText("Member");
  await expect(aino.getByRole("button", { name: "Leave community" })).toBeVisible();
  await ola.goto("/communities/kredittrisiko-norden/history");
  await expect(ola.locator("table.history")).toContainText("Request approved");
});

test("an owner adds people to a client team until its cap, and outsiders find nothing", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  const name = `Client Borealis ${Date.now()}`;
  await createCommunity(erik, name, "restricted", "client_team", 2);
  const address = new URL(erik.url()).pathname;
  await erik.getByRole("navigation", { name: "Community pages" }).getByRole("link", { name: "Members" }).click();
  await expectNoA11yViolations(erik);
  // Typing a name offers the matching colleagues' addresses.
  await hydrated(erik);
  await erik.locator("#ci-email").pressSequentially("Mette");
  await expect(erik.locator('#ci-email-people option[value="mette.jensen@nordbanken.example"]')).toHaveCount(1);
  await erik.locator("#ci-email").fill("mette.jensen@nordbanken.example");
  await erik.locator("#ci-reason").fill("Runs the credit analysis");
  await erik.getByRole("button", { name: "Add member" }).click();
  await expect(erik.getByRole("status")).toContainText("The person was added.");
  await expect(erik.locator(".people-list")).toContainText("Mette Jensen");
  await erik.locator("#ci-email").fill("lars.nielsen@nordbanken.example");
  await erik.locator("#ci-reason").fill("Second analyst");
  await erik.getByRole("button", { name: "Add member" }).click();
  await expect(erik.getByRole("alert")).toContainText("at most 2 members");
  await expect(erik.locator(".people-list .person")).toHaveCount(2);

  // Lars was refused; the community's address shows him exactly what a wrong address shows.
  const lars = await as(browser, "lars.nielsen@nordbanken.example");
  await lars.goto(address);
  await expect(lars.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const hidden = await lars.locator("main").innerText();
  await lars.goto("/communities/r-doesnotexist");
  expect(await lars.locator("main").innerText()).toBe(hidden);
  expect(hidden).not.toContain("Borealis");
  const api = await lars.request.get(`/api/communities/get?slug=${address.split("/").pop()}`);
  expect(api.status()).toBe(404);
  const missing = await lars.request.get("/api/communities/get?slug=r-doesnotexist");
  expect(await api.text()).toBe(await missing.text());
  expect((await api.json()).code).toBe("not_found");
  await lars.goto(`/communities?q=Borealis`);
  await expect(lars.getByText("No community matches your search.")).toBeVisible();
});
