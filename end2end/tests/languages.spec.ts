// Languages in the browser: a Swedish reader sees a Finnish post left out with a count,
// reveals it, switches to the cross-language view, adds a Swedish translation and sees it
// marked outdated after the Finnish author edits the original; a second reader with Swedish
// first reads the translation by default. And the composer suggests the language of a text.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations, hydrated, login, SAME_SITE } from "./support";

const ERIK = "erik.johansson@nordbanken.example"; // reads Swedish, then English
const KARIN = "karin.berg@nordbanken.example"; // reads Swedish, then English
const MIKKO = "mikko.virtanen@nordbanken.example"; // writes Finnish

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  const res = await page.request.post("/api/profile/update", {
    headers: SAME_SITE,
    data: { ui_language: "en", read_languages: email === MIKKO ? ["fi", "en"] : ["sv", "en"], all_languages: false },
  });
  expect(res.status()).toBe(200);
  return page;
}

// In a community that does not invite Finnish (the helpdesk does, and shows it to everyone).
test("a Finnish post is counted, revealed, read across languages and translated", async ({ browser }) => {
  const mikko = await as(browser, MIKKO);
  await mikko.request.post("/api/communities/join", { headers: SAME_SITE, data: { slug: "hallbar-finansiering" } });
  const title = `Kulkukortti ei toimi ${Date.now()}`;
  const created = await mikko.request.post("/api/forum/topics/create", {
    headers: SAME_SITE,
    data: {
      community_slug: "hallbar-finansiering",
      title,
      body: "Kulkukorttini lakkasi toimimasta tänä aamuna. Kenelle ilmoitan?",
      lang: "fi",
      question: true,
      tags: ["kulkukortti"],
    },
  });
  expect(created.status()).toBe(200);
  const topicId = (await created.json()).id as number;

  // Left out, and said so.
  const erik = await as(browser, ERIK);
  await erik.goto("/communities/hallbar-finansiering/forum");
  await hydrated(erik);
  await expect(erik.getByRole("link", { name: title })).toHaveCount(0);
  const hidden = erik.locator(".lang-hidden");
  await expect(hidden).toContainText(/\d+ posts? in Finnish/);
  await expectNoA11yViolations(erik);

  // Shown once: the address says so and can be shared. (The box is one line until opened.)
  await hidden.locator("summary").click();
  await hidden.locator("li", { hasText: "Finnish" }).getByRole("link", { name: "Show" }).click();
  await erik.waitForURL(/lang=sv%2Cen%2Cfi|lang=sv,en,fi/);
  await expect(erik.getByRole("link", { name: title })).toBeVisible();
  await expect(erik.locator(".lang-back")).toBeVisible();

  // The cross-language view, switched on in place and remembered.
  await erik.goto("/communities/hallbar-finansiering/forum");
  await hydrated(erik);
  await erik.getByRole("button", { name: "All languages" }).click();
  await expect(erik.getByRole("button", { name: "All languages" })).toHaveAttribute("aria-pressed", "true");
  await expect(erik.getByRole("link", { name: title })).toBeVisible();
  await expect(erik.locator(".lang-hidden")).toHaveCount(0);
  await erik.reload();
  await expect(erik.getByRole("link", { name: title })).toBeVisible();

  // A Swedish translation, added on the topic's page.
  await erik.getByRole("link", { name: title }).click();
  await erik.waitForURL(new RegExp(`/posts/${topicId}`));
  await hydrated(erik);
  await erik.locator(".item-topic details.translate summary").click();
  await erik.locator(`#translate-lang-${topicId}`).selectOption("sv");
  await erik.locator(`#translate-title-${topicId}`).fill(`Passerkortet fungerar inte ${title.slice(-6)}`);
  await erik.locator(`#translate-body-${topicId}`).fill("Mitt passerkort slutade fungera i morse. Vem anmäler jag det till?");
  await erik.getByRole("button", { name: "Save translation" }).click();
  await expect(erik.locator(".item-topic .badge-translated")).toHaveText("Translated from Finnish");
  await expect(erik.getByRole("heading", { level: 1 })).toContainText("Passerkortet fungerar inte");
  await expect(erik.locator(".translation-outdated")).toHaveCount(0);
  await expectNoA11yViolations(erik);

  // The author edits the original: the translation is now out of date.
  const edit = await mikko.request.post("/api/content/update", {
    headers: SAME_SITE,
    data: { id: topicId, title: null, body: "Kulkukorttini lakkasi toimimasta. Päivitys: myös hissi ei tunnista sitä." },
  });
  expect(edit.status()).toBe(200);
  await erik.reload();
  await expect(erik.locator(".translation-outdated")).toHaveText("Translated before the author's last edit");
  // One click to the original.
  await erik.getByRole("link", { name: "Show the original" }).click();
  await expect(erik.getByRole("heading", { level: 1 })).toHaveText(title);

  // A second reader with Swedish first reads the translation by default.
  const karin = await as(browser, KARIN);
  await karin.goto(`/posts/${topicId}`);
  await hydrated(karin);
  await expect(karin.getByRole("heading", { level: 1 })).toContainText("Passerkortet fungerar inte");
  await expect(karin.locator(".item-topic .badge-translated")).toHaveText("Translated from Finnish");
  await expect(karin.locator(".translation-outdated")).toBeVisible();
  // And the translator was told.
  await karin.close();
  await erik.goto("/notifications");
  await expect(erik.getByText(/after you translated it/).first()).toBeVisible();

  // Erik's view goes back to his languages for the other tests.
  const off = await erik.request.post("/api/prefs/all-languages", { headers: SAME_SITE, data: { on: false } });
  expect(off.status()).toBe(200);
});

test("the composer suggests the language of the text, and the author decides", async ({ browser }) => {
  const erik = await as(browser, ERIK);
  await erik.goto("/");
  await hydrated(erik);
  await expect(erik.locator("#status-lang")).toHaveValue("sv");
  await erik.locator("#status-text").fill("Hyvää huomenta kaikille, kahvi on valmis keittiössä!");
  await expect(erik.locator(".lang-suggestion")).toContainText("This looks like Finnish.");
  await erik.getByRole("button", { name: "Use Finnish" }).click();
  await expect(erik.locator("#status-lang")).toHaveValue("fi");
  await expect(erik.locator(".lang-suggestion")).toBeEmpty();
});
