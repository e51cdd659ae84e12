// The shared inbox: an owner switches the Inbox tool on and gives it an address in the
// community's settings; a client's mail handed to the intranet's mail listener becomes a
// conversation; a member notes, assigns (the colleague it is given to is told), replies (the reply reaches the client's mail server
// from the inbox's address, threaded under the client's mail) and closes it. Outside the
// community the inbox is not there. The conversation fits a 375 px phone screen in Finnish.
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  ADMIN,
  MAIL_DOMAIN,
  SAME_SITE,
  expectNoA11yViolations,
  handMailIn,
  header,
  hydrated,
  login,
  sentMails,
} from "./support";

// Both read the interface in English.
const OWNER = ADMIN;
const MEMBER = "james.wilson@nordbanken.example";
// Not a member.
const OUTSIDER = "ola.nordmann@nordbanken.example";
const FINN = "aino.korhonen@nordbanken.example";
const stamp = Date.now().toString(36);
const LOCAL = `it-support-${stamp}`;
const CLIENT = "kari.client@outside.example";
const SUBJECT = `Card blocked in Spain ${stamp}`;
const CLIENT_ID = `<${stamp}.1@outside.example>`;

/** The notices mailed to a person so far. */
function noticesTo(email: string): string[] {
  return sentMails().filter(
    (m) => (header(m, "To") ?? "").includes(email) && (header(m, "Message-ID") ?? "").startsWith("<notice."),
  );
}

async function as(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

test.describe.serial("the shared inbox", () => {
  let slug = "";

  test("an owner gives the inbox an address and a client's mail becomes a conversation", async ({ browser }) => {
    const owner = await as(browser, OWNER);
    const made = await owner.request.post("/api/communities/create", {
      headers: SAME_SITE,
      data: { name: `Card support ${stamp}`, visibility: "public", template: "helpdesk", languages: ["en", "fi"] },
    });
    expect(made.status()).toBe(200);
    slug = (await made.json()).slug;
    for (const who of [MEMBER, FINN]) {
      const page = await as(browser, who);
      expect((await page.request.post("/api/communities/join", { headers: SAME_SITE, data: { slug } })).status()).toBe(200);
      await page.context().close();
    }

    // The settings: the Inbox tool on, then its address.
    await owner.goto(`/communities/${slug}/settings`);
    await hydrated(owner);
    await owner.getByRole("checkbox", { name: "Inbox" }).check();
    await owner.getByRole("button", { name: "Save settings" }).click();
    await expect(owner.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await owner.reload();
    await hydrated(owner);
    await owner.locator("#cs-inbox-local").fill(LOCAL);
    await owner.locator("section", { has: owner.locator("#inbox-address-heading") }).getByRole("button").click();
    await expect(owner.getByRole("status").filter({ hasText: "The mail address is saved." })).toBeVisible();
    await expectNoA11yViolations(owner);

    // The client writes from outside the bank.
    const answer = await handMailIn(
      CLIENT,
      `${LOCAL}@${MAIL_DOMAIN}`,
      [
        `From: Kari Client <${CLIENT}>`,
        `To: ${LOCAL}@${MAIL_DOMAIN}`,
        `Subject: ${SUBJECT}`,
        `Message-ID: ${CLIENT_ID}`,
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="part"',
        "",
        "--part",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "My card stopped working at a shop in Madrid this morning.",
        "--part",
        'Content-Type: text/plain; name="receipt.txt"',
        'Content-Disposition: attachment; filename="receipt.txt"',
        "",
        "Receipt 4711: declined",
        "--part--",
      ].join("\r\n"),
    );
    expect(answer).toMatch(/^250/);

    await owner.goto(`/communities/${slug}`);
    await owner.getByRole("navigation", { name: "Community pages" }).getByRole("link", { name: "Inbox" }).click();
    await expect(owner.getByText(`Mail to ${LOCAL}@${MAIL_DOMAIN} arrives here.`)).toBeVisible();
    await expect(owner.getByRole("link", { name: "Open (1)" })).toBeVisible();
    await expect(owner.getByRole("link", { name: SUBJECT })).toBeVisible();
    await expectNoA11yViolations(owner);
  });

  test("a member notes, assigns, replies by mail threaded under the client's mail, and closes", async ({ browser }) => {
    const member = await as(browser, MEMBER);
    await member.goto(`/communities/${slug}/inbox`);
    await member.getByRole("link", { name: SUBJECT }).click();
    await expect(member.getByRole("heading", { level: 2, name: SUBJECT })).toBeVisible();
    await expect(member.getByText("My card stopped working at a shop in Madrid this morning.")).toBeVisible();
    // What the client attached is kept for the team: a download.
    const receipt = member.getByRole("list", { name: "Attachments" }).getByRole("link", { name: "receipt.txt" });
    const href = await receipt.getAttribute("href");
    const file = await member.request.get(href ?? "");
    expect(file.status()).toBe(200);
    expect(await file.text()).toBe("Receipt 4711: declined");
    await hydrated(member);

    await member.getByLabel("Only the community's members see it; it is never sent.").fill("Travel block, probably.");
    await member.getByRole("button", { name: "Add the note" }).click();
    await expect(member.getByText("Internal note by James Wilson (never sent)")).toBeVisible();
    await hydrated(member);

    // Given to Aino: she is told, in her Finnish, and the notification opens the conversation.
    const aino = await as(browser, FINN);
    const finnish = await aino.request.post("/api/prefs/language", { headers: SAME_SITE, data: { lang: "fi" } });
    expect(finnish.status()).toBe(200);
    // She hears by mail at once (nothing in that mail can be answered, so no Reply-To).
    const atOnce = await aino.request.post("/api/mail/prefs", { headers: SAME_SITE, data: { mode: "immediate" } });
    expect(atOnce.status()).toBe(200);
    const mailedBefore = new Set(noticesTo(FINN));
    await member.getByLabel("Handled by").selectOption({ label: "Aino Korhonen" });
    // Saved, the page loads again with the new state.
    await Promise.all([member.waitForEvent("load"), member.getByRole("button", { name: "Assign", exact: true }).click()]);
    await hydrated(member);
    await expect(member.getByLabel("Handled by").locator("option:checked")).toHaveText("Aino Korhonen");
    // The mail comes while the notification is unread (read, it would not be mailed).
    const fresh = () => noticesTo(FINN).filter((m) => !mailedBefore.has(m));
    await expect.poll(() => fresh().length, { timeout: 30_000 }).toBe(1);
    expect(header(fresh()[0], "Reply-To")).toBeUndefined();
    await aino.goto("/notifications");
    const told = aino.locator(".notification.unread", {
      hasText: `James Wilson antoi sinulle käsiteltäväksi ”${SUBJECT}”`,
    });
    await expect(told).toBeVisible();
    await expectNoA11yViolations(aino);
    await told.getByRole("link").click();
    await expect(aino.getByRole("heading", { level: 2, name: SUBJECT })).toBeVisible();
    await aino.context().close();

    // James takes it himself (which tells nobody).
    await member.getByLabel("Handled by").selectOption({ label: "James Wilson" });
    await Promise.all([member.waitForEvent("load"), member.getByRole("button", { name: "Assign", exact: true }).click()]);
    await hydrated(member);
    await expect(member.getByLabel("Handled by").locator("option:checked")).toHaveText("James Wilson");

    await member.getByLabel("Your answer to Kari Client, sent from the inbox's address").fill("We lifted the travel block. Please try again.");
    await member.getByRole("button", { name: "Send", exact: true }).click();
    await expect(member.getByText("James Wilson replied by mail")).toBeVisible();
    await expect(member.locator(".badge-inbox-waiting").first()).toHaveText("Waiting for an answer");
    await expectNoA11yViolations(member);

    // The client's mail server gets the reply from the inbox, threaded, without the note.
    let mail = "";
    await expect
      .poll(() => {
        mail = sentMails().find((m) => (header(m, "To") ?? "").includes(CLIENT)) ?? "";
        return mail !== "";
      }, { timeout: 30_000 })
      .toBe(true);
    expect(header(mail, "From")).toContain(`${LOCAL}@${MAIL_DOMAIN}`);
    expect(header(mail, "In-Reply-To")).toBe(CLIENT_ID);
    expect(header(mail, "References")).toContain(CLIENT_ID);
    expect(header(mail, "Subject")).toBe(`Re: ${SUBJECT}`);
    expect(mail).toContain("We lifted the travel block.");
    expect(mail).not.toContain("Travel block, probably.");

    await member.getByRole("button", { name: "Close" }).click();
    await expect(member.locator(".badge-inbox-closed").first()).toHaveText("Closed");
    await member.goto(`/communities/${slug}/inbox?status=closed`);
    await expect(member.getByRole("link", { name: SUBJECT })).toBeVisible();
  });

  test("outside the community the inbox is not there", async ({ browser }) => {
    const outsider = await as(browser, OUTSIDER);
    await outsider.goto(`/communities/${slug}`);
    await expect(outsider.getByRole("navigation", { name: "Community pages" }).getByRole("link", { name: "Inbox" })).toHaveCount(0);
    await outsider.goto(`/communities/${slug}/inbox`);
    await expect(outsider.getByText(SUBJECT)).toHaveCount(0);
    await expect(outsider.getByRole("alert")).toBeVisible();
    const list = await outsider.request.get(`/api/inbox/list?community_slug=${slug}`);
    expect(list.status()).toBe(404);
  });

  test("a conversation fits a 375 px phone screen in Finnish", async ({ browser }) => {
    const page = await as(browser, FINN, 375);
    const chosen = await page.request.post("/api/prefs/language", { headers: SAME_SITE, data: { lang: "fi" } });
    expect(chosen.status()).toBe(200);
    await page.goto(`/communities/${slug}/inbox?status=closed`);
    await page.getByRole("link", { name: SUBJECT }).click();
    await expect(page.getByRole("heading", { level: 2, name: SUBJECT })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: "test-results/inbox-fi-375.png", fullPage: true });

    // Her notifications, the assignment's long Finnish line among them, fit too.
    await page.goto("/notifications");
    await expect(page.locator(".notification", { hasText: `”${SUBJECT}”` })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/notifications-fi-375.png", fullPage: true });
  });
});
