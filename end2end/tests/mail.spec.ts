// Mail: a person chooses on their mail settings page to hear of each notification at once
// (likes never); a reply to their question then reaches the test's mail server; the
// unsubscribe link at the foot of that mail, opened without logging in, asks first and then
// stops all mail (likes stay never mailed), which the settings page shows; the page
// also lists the mail as sent. The settings page fits a 375 px phone screen in Finnish.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { SAME_SITE, expectNoA11yViolations, header, hydrated, login, sentMails } from "./support";

// Reads the interface in English.
const READER = "james.wilson@nordbanken.example";
const HELPER = "anna.lindqvist@nordbanken.example";

async function as(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

test.describe.serial("mail", () => {
  test("a reader chooses each notification at once, gets one, and unsubscribes from its link", async ({ browser }) => {
    const reader = await as(browser, READER);
    await reader.locator(".user-menu summary").click();
    await reader.getByRole("link", { name: "Mail settings" }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Mail settings");
    await expect(reader.getByLabel("A weekly digest")).toBeChecked();
    await expectNoA11yViolations(reader);
    await hydrated(reader);
    await reader.getByLabel("Each notification at once").check();
    // Likes set apart: never by mail.
    await expect(reader.getByLabel("Likes of what I wrote")).toHaveValue("like:default");
    await reader.getByLabel("Likes of what I wrote").selectOption({ label: "Never by mail" });
    await reader.getByRole("button", { name: "Save" }).click();
    await expect(reader.getByRole("status").filter({ hasText: "Your mail settings are saved." })).toBeVisible();
    await reader.reload();
    await expect(reader.getByLabel("Each notification at once")).toBeChecked();
    await expect(reader.getByLabel("Likes of what I wrote")).toHaveValue("like:never");

    // A question of the reader's in the helpdesk, and a colleague's answer: a notification.
    const title = `Mailtest ${Date.now()}: the docking station flickers`;
    const communities = await reader.request.get("/api/communities/list?mine=true&template=helpdesk");
    const helpdesk = (await communities.json()).items[0].slug;
    const asked = await reader.request.post("/api/forum/topics/create", {
      headers: SAME_SITE,
      data: { community_slug: helpdesk, title, body: "Since the update it flickers.", lang: "en", question: true },
    });
    expect(asked.status()).toBe(200);
    const helper = await as(browser, HELPER);
    const replied = await helper.request.post("/api/forum/replies/create", {
      headers: SAME_SITE,
      data: { topic_id: (await asked.json()).id, body: "A new cable fixed it for me.", lang: "en" },
    });
    expect(replied.status()).toBe(200);

    // The mail arrives, to the reader, with the one-click unsubscribe headers.
    let mail = "";
    await expect
      .poll(() => {
        mail =
          sentMails().find(
            (m) => (header(m, "To") ?? "").includes(READER) && (header(m, "Message-ID") ?? "").startsWith("<notice."),
          ) ?? "";
        return mail !== "";
      }, { timeout: 30_000 })
      .toBe(true);
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const link = (header(mail, "List-Unsubscribe") ?? "").replace(/^<|>$/g, "");
    expect(link).toMatch(/\/mail\/unsubscribe\/[0-9a-f]+$/);

    // The settings page lists it as sent.
    await expect
      .poll(async () => {
        await reader.reload();
        return reader
          .locator("table.mail-log tr")
          .evaluateAll((rows, t) => rows.filter((r) => r.textContent?.includes(t)).map((r) => r.textContent).join(""), title);
      })
      .toContain("Sent");

    // Opened without logging in (the mail may be read anywhere): it asks, then stops mail.
    const stranger = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await stranger.goto(new URL(link).pathname);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Unsubscribe");
    await expect(stranger.getByText("j…n@nordbanken.example")).toBeVisible();
    await expectNoA11yViolations(stranger);
    await stranger.getByRole("button", { name: "Stop all mail" }).click();
    await expect(stranger.getByRole("status")).toHaveText("You will get no more mail from the intranet.");

    await reader.reload();
    await expect(reader.getByLabel("No mail", { exact: true })).toBeChecked();
    // Likes stay never mailed (only what came at once is taken back).
    await expect(reader.getByLabel("Likes of what I wrote")).toHaveValue("like:never");
  });

  test("the mail settings fit a 375 px phone screen in Finnish", async ({ browser }) => {
    const page = await as(browser, "aino.korhonen@nordbanken.example", 375);
    // Another spec may have switched her to English: the interface language is hers to choose.
    const chosen = await page.request.post("/api/prefs/language", { headers: SAME_SITE, data: { lang: "fi" } });
    expect(chosen.status()).toBe(200);
    await page.goto("/account/mail");
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Mail settings");
    await expect(page.locator("input[name=mode]")).toHaveCount(4);
    await page.screenshot({ path: "test-results/mail-settings-fi-375.png", fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await expectNoA11yViolations(page);
  });
});
