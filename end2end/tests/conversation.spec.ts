// Conversation in the browser: a helpdesk question asked, answered, accepted and found as
// answered; a status update with a mention picked from the suggestions, read as a
// notification; liking without a page load, posting with a confirmation that takes the
// focus; and a mention that cannot reach someone outside a restricted community.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login, SAME_SITE } from "./support";

const ERIK = "erik.johansson@nordbanken.example";
const ANNA = "anna.lindqvist@nordbanken.example";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  const res = await page.request.post("/api/profile/update", { headers: SAME_SITE, data: { ui_language: "en" } });
  expect(res.status()).toBe(200);
  return page;
}

/** Marks the loaded document, so a later check proves no full page load happened since. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as any).__sameDocument = true));
}

async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as any).__sameDocument === true)).toBe(true);
}

test("a helpdesk question is asked, answered, accepted and found as answered", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  const title = `VPN drops after the update ${Date.now()}`;
  await erik.goto("/communities/it-helpdesk/forum");
  await hydrated(erik);
  await expectNoA11yViolations(erik);
  await erik.getByText("New topic").click();
  await erik.locator("#topic-title").fill(title);
  await erik.locator("#topic-body").fill("Since Tuesday the VPN drops **every hour**. Anyone else?");
  await erik.locator("#topic-tags").fill("vpn, laptop");
  // The helpdesk forum is in questions mode: the box comes ticked.
  await expect(erik.getByLabel(/This is a question/)).toBeChecked();
  await erik.getByRole("button", { name: "Start topic" }).click();
  await erik.waitForURL(/\/posts\/\d+$/);
  const topicUrl = new URL(erik.url()).pathname;
  await expect(erik.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(erik.locator(".prose strong")).toHaveText("every hour");

  const anna = await as(browser, ANNA);
  await anna.goto(topicUrl);
  await hydrated(anna);
  await anna.locator("#reply-body").fill("Update the VPN client to 5.2 from the Software Center.");
  await anna.getByRole("button", { name: "Post reply" }).click();
  // The thread loads again with the reply, and says so where the focus is.
  await expect(anna.locator(".reply .prose")).toContainText("Software Center");
  await expect(anna.locator(".form-done", { hasText: "Your reply is posted." })).toBeFocused();
  await expect(anna.locator("#reply-body")).toHaveValue("");

  await erik.reload();
  await hydrated(erik);
  await erik.getByRole("button", { name: "Accept as answer" }).click();
  await expect(erik.locator(".item-accepted")).toContainText("Accepted answer");
  await expectNoA11yViolations(erik);

  await erik.goto("/communities/it-helpdesk/forum?filter=answered");
  await expect(erik.getByRole("link", { name: title })).toBeVisible();
  await erik.goto("/communities/it-helpdesk/forum?filter=unanswered");
  await expect(erik.locator(".stream")).toBeVisible();
  await expect(erik.getByRole("link", { name: title })).toHaveCount(0);
});

test("a mention picked from the suggestions reaches a colleague, who reads the notification", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  await erik.goto("/");
  await hydrated(erik);
  const stamp = Date.now();
  const box = erik.locator("#status-text");
  await box.click();
  await box.pressSequentially(`Lunch seminar on the new credit model ${stamp}, @ann`);
  await erik.getByRole("button", { name: "Anna Lindqvist" }).click();
  await expect(box).toHaveValue(new RegExp(`@\\[Anna Lindqvist\\]\\(user:\\d+\\) $`));
  await box.pressSequentially("are you coming?");
  await erik.getByRole("button", { name: "Post", exact: true }).click();
  // The page loads again with the new post first, and says so where the focus is.
  const card = erik.locator(".stream-item", { hasText: String(stamp) });
  await expect(card).toBeVisible();
  await expect(erik.locator(".form-done", { hasText: "Your update is posted." })).toBeFocused();
  await expect(box).toHaveValue("");

  const anna = await as(browser, ANNA);
  await anna.goto("/");
  await expect(anna.locator(".nav-notifications .count-badge")).toBeVisible();
  await anna.goto("/notifications");
  await hydrated(anna);
  await expectNoA11yViolations(anna);
  const note = anna.locator(".notification.unread", { hasText: "Erik Johansson mentioned you" }).first();
  await expect(note).toBeVisible();
  await note.getByRole("link").click();
  await anna.waitForURL(/\/posts\/\d+/);
  await expect(anna.locator(".item-status .prose")).toContainText(String(stamp));
  await expect(anna.locator(".item-status .prose a")).toHaveText("Anna Lindqvist");

  // Liking works in place; who liked opens on demand.
  await hydrated(anna);
  await markDocument(anna);
  await anna.getByRole("button", { name: "Like" }).first().click();
  await expect(anna.locator(".item-status .likers summary").first()).toHaveText("1 like");
  await expect(anna.getByRole("button", { name: "Unlike" }).first()).toHaveAttribute("aria-pressed", "true");
  await expectSameDocument(anna);
  await anna.locator(".item-status .likers summary").first().click();
  await expect(anna.locator(".item-status .likers li").first()).toHaveText("Anna Lindqvist");
  await anna.getByText("Comment", { exact: true }).first().click();
  await anna.locator("textarea[id^=comment-]").first().fill("I'll be there!");
  await anna.getByRole("button", { name: "Post comment" }).click();
  await expect(anna.locator(".comments .prose")).toContainText("I'll be there!");
  await expect(anna.locator(".form-done", { hasText: "Your comment is posted." })).toBeFocused();

  // The notification is now read.
  await anna.goto("/notifications");
  await expect(anna.locator(".notification", { hasText: String(stamp) }).first()).not.toHaveClass(/unread/);
});

test("a mention of someone outside a restricted community notifies nobody and tells the author", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  // Erik may create client teams; Mikko is not in this one.
  const name = `Client Boreal ${Date.now()}`;
  const created = await erik.request.post("/api/communities/create", {
    headers: SAME_SITE,
    data: { name, visibility: "restricted", template: "client_team", languages: ["en"] },
  });
  expect(created.status()).toBe(200);
  const { slug } = await created.json();
  const people = await erik.request.get("/api/people/mention-suggest?q=mikko");
  const mikko = (await people.json()).items[0];
  expect(mikko.display_name).toBe("Mikko Virtanen");
  // Inside the client team the picker does not offer him.
  const inside = await erik.request.get(`/api/people/mention-suggest?q=mikko&community_slug=${slug}`);
  expect((await inside.json()).items).toEqual([]);

  await erik.goto(`/communities/${slug}`);
  await hydrated(erik);
  await erik.locator("#status-text").fill(`Kick-off call moved, @[Mikko Virtanen](user:${mikko.id}) please join`);
  await erik.getByRole("button", { name: "Post", exact: true }).click();
  await expect(erik.getByText("Mikko Virtanen cannot see this place, so they were not notified.")).toBeVisible();

  const outsider = await as(browser, "mikko.virtanen@nordbanken.example");
  const notes = await (await outsider.request.get("/api/notifications/list")).json();
  expect(JSON.stringify(notes)).not.toContain("Kick-off");
  expect(JSON.stringify(notes)).not.toContain(slug);
});
