// Compliance: an admin makes a compliance officer, who keeps the watchlist (add, change,
// import with problems named by line, export); a writer is warned while typing, and a refused
// save keeps the text; with holding chosen, a held text waits in the queue the writer and the
// officer see, and the officer's release publishes it and lands in the audit trail.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, SAME_SITE, expectNoA11yViolations, hydrated, login } from "./support";

// Both read the interface in English.
const OFFICER = "james.wilson@nordbanken.example";
const WRITER = ADMIN;
// A client name no other test writes: letters only, so it is one word.
const CLIENT = `Kvarnfjell${String.fromCharCode(...Array.from({ length: 5 }, () => 97 + Math.floor(Math.random() * 26)))}`;

async function as(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

async function setGuardMode(admin: Page, mode: "refuse" | "hold") {
  await admin.goto("/admin/communities");
  await hydrated(admin);
  await admin.locator(mode === "hold" ? "#ag-hold" : "#ag-refuse").check();
  await admin.locator("section", { has: admin.locator("#guard-heading") }).getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test.describe.serial("the client-name guard", () => {
  test("an admin makes a compliance officer, who keeps the watchlist", async ({ browser }) => {
    // Before the grant, the officer-to-be is told the tools are not theirs.
    const officer = await as(browser, OFFICER);
    await officer.goto("/compliance");
    await expect(officer.getByRole("alert")).toBeVisible();
    await expect(officer.getByRole("navigation").getByRole("link", { name: "Compliance" })).toHaveCount(0);

    const admin = await as(browser, ADMIN);
    await admin.goto("/admin/users");
    await hydrated(admin);
    const grant = admin.getByRole("button", { name: "Make James Wilson a compliance officer" });
    if (await grant.count()) {
      await grant.click();
      await expect(admin.getByRole("button", { name: "Take the compliance officer role from James Wilson" })).toBeVisible();
    }

    await officer.goto("/");
    await officer.getByRole("navigation").getByRole("link", { name: "Compliance" }).click();
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Watchlist of client names");
    await expectNoA11yViolations(officer);
    await hydrated(officer);
    await officer.locator("#wl-new-name").fill(CLIENT);
    await officer.locator("#wl-new-aliases").fill("KVF, Kvarn Holding");
    await officer.locator("#wl-new-legal").fill("ASA");
    await officer.getByRole("button", { name: "Add to the watchlist" }).click();
    await expect(officer.getByRole("status").filter({ hasText: "Added to the watchlist." })).toBeVisible();
    const row = officer.locator("table.watchlist tr", { hasText: CLIENT });
    await expect(row).toContainText("KVF, Kvarn Holding");

    // Changed on its own page.
    await row.getByRole("link", { name: `Change ${CLIENT}` }).click();
    await hydrated(officer);
    await officer.locator("#wl-edit-strictness").selectOption("capitalised");
    await officer.getByRole("button", { name: "Save" }).click();
    await officer.waitForURL((u) => u.pathname === "/compliance");
    await expect(officer.locator("table.watchlist tr", { hasText: CLIENT })).toContainText("Only with a capital letter");

    // The export holds it; an import with a bad line saves nothing and names the line.
    const csv = await officer.request.get("/api/compliance/watchlist/export");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(CLIENT);
    const bad = `name,aliases,legal_form,strictness,allowed_communities\n${CLIENT}Two,,,always,\n,,,always,\n`;
    await officer.locator("#wl-file").setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await officer.getByRole("button", { name: "Import" }).click();
    await expect(officer.getByRole("alert")).toContainText("Nothing was imported");
    await expect(officer.getByRole("alert")).toContainText("Line 3");
    await officer.goto(`/compliance?q=${CLIENT}Two`);
    await expect(officer.getByText("No names on the watchlist.")).toBeVisible();
    const good = `name,aliases,legal_form,strictness,allowed_communities\n${CLIENT}Two,,,always,\n`;
    await officer.locator("#wl-file").setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await officer.getByRole("button", { name: "Import" }).click();
    await expect(officer.getByRole("status")).toContainText("Imported: one name added, 0 changed.");
    await officer.goto(`/compliance?q=${CLIENT}Two`);
    await expect(officer.locator("table.watchlist")).toContainText(`${CLIENT}Two`);
    // Removed again.
    await hydrated(officer);
    await officer.getByRole("button", { name: `Remove ${CLIENT}Two from the watchlist` }).click();
    await expect(officer.getByText("No names on the watchlist.")).toBeVisible();

    // A member who is no officer gets nothing from the API.
    const member = await as(browser, "erik.johansson@nordbanken.example");
    expect((await member.request.get("/api/compliance/watchlist/list")).status()).toBe(403);
    for (const p of [officer, admin, member]) await p.context().close();
  });

  test("on a phone, the composer marks a client's name and a refused save keeps the text", async ({ browser }) => {
    const writer = await as(browser, WRITER, 375);
    const text = `Lunch with the ${CLIENT}s team on Friday`;
    const box = writer.locator("#status-text");
    await box.fill(text);
    const warning = writer.locator(".guard-warning");
    await expect(warning).toContainText("This text names a client");
    await expect(warning.locator("mark")).toContainText(`${CLIENT}s`);
    await expect(warning.locator("mark")).toContainText(CLIENT);
    await writer.screenshot({ path: "test-results/guard-warning-375.png", fullPage: false });
    // Show selects the words in the text.
    await warning.getByRole("button", { name: `Select “${CLIENT}s” in the text` }).click();
    const selected = await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(`${CLIENT}s`);
    const width = await writer.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);

    await writer.getByRole("button", { name: "Post", exact: true }).click();
    await expect(writer.getByRole("alert")).toContainText("This text names a client");
    await expect(writer.getByRole("alert")).toContainText(`Text: “${CLIENT}”`);
    await expect(box).toHaveValue(text);
    // Nothing was published: the home stream does not show it.
    await writer.goto("/");
    await expect(writer.getByText(text)).toHaveCount(0);
    // Control: without the name, the same writer's words are posted.
    await hydrated(writer);
    await writer.locator("#status-text").fill("Lunch with the team on Friday");
    await expect(writer.locator(".guard-warning")).toHaveCount(0);
    await writer.context().close();
  });

  test("a held text waits for the officer, who releases it into the audit trail", async ({ browser }) => {
    const admin = await as(browser, ADMIN);
    await setGuardMode(admin, "hold");
    try {
      const writer = await as(browser, WRITER);
      const text = `Signed the ${CLIENT} mandate today, ref ${Date.now()}`;
      await writer.locator("#status-text").fill(text);
      await expect(writer.locator(".guard-warning")).toContainText("waits for a compliance officer");
      await writer.getByRole("button", { name: "Post", exact: true }).click();
      await expect(writer.getByRole("alert")).toContainText("waits for a compliance officer");
      await expect(writer.locator("#status-text")).toHaveValue(text);

      // The writer finds it in their menu, waiting.
      await writer.goto("/compliance/queue");
      await expect(writer.getByRole("heading", { level: 1 })).toHaveText("Held for review");
      const mine = writer.locator("li.held", { hasText: text });
      await expect(mine).toContainText("Waiting");
      await expect(mine.getByRole("button", { name: "Decide" })).toHaveCount(0);
      await expectNoA11yViolations(writer);

      // The officer releases it with a reason.
      const officer = await as(browser, OFFICER);
      await officer.goto("/compliance/queue");
      await hydrated(officer);
      const held = officer.locator("li.held", { hasText: text });
      await expect(held.locator("mark")).toContainText(CLIENT);
      await expectNoA11yViolations(officer);
      await held.getByLabel("Release").check();
      await held.getByLabel("Reason").fill("Public mandate, announced in the press");
      await held.getByRole("button", { name: "Decide" }).click();
      await expect(officer.locator("li.held", { hasText: text })).toHaveCount(0);
      await officer.goto("/compliance/queue?all=1");
      await expect(officer.locator("li.held", { hasText: text })).toContainText("Released");

      // The writer sees the decision and the published text.
      await writer.goto("/compliance/queue");
      const decided = writer.locator("li.held", { hasText: text });
      await expect(decided).toContainText("Released");
      await expect(decided).toContainText("Public mandate, announced in the press");
      await decided.getByRole("link", { name: "Open the published text" }).click();
      await expect(writer.getByRole("paragraph").filter({ hasText: text })).toBeVisible();

      // The decision is in the audit trail, and in its CSV.
      await officer.goto("/compliance/audit");
      await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
      await expect(officer.locator("table.audit")).toContainText("Held text released");
      await expectNoA11yViolations(officer);
      const csv = await officer.request.get("/api/compliance/audit?format=csv");
      expect(await csv.text()).toContain("held_released");
      await officer.context().close();
      await writer.context().close();
    } finally {
      await setGuardMode(admin, "refuse");
      await admin.context().close();
    }
  });

  test("the officer's pages fit a 375 px phone screen in Finnish", async ({ browser }) => {
    const admin = await as(browser, ADMIN);
    const accounts = await (await admin.request.get("/api/admin/users/list")).json();
    const aino = accounts.items.find((a: any) => a.email === "aino.korhonen@nordbanken.example");
    const granted = await admin.request.post("/api/admin/users/compliance-officer", {
      headers: SAME_SITE,
      data: { id: aino.id, allowed: true },
    });
    expect(granted.status()).toBe(200);
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      locale: "fi-FI",
      extraHTTPHeaders: { "Accept-Language": "fi-FI,fi;q=0.9" },
    });
    const page = await context.newPage();
    await login(page, "aino.korhonen@nordbanken.example");
    // Another spec may have switched her to English: the interface language is hers to choose.
    const chosen = await page.request.post("/api/prefs/language", { headers: SAME_SITE, data: { lang: "fi" } });
    expect(chosen.status()).toBe(200);
    for (const path of ["/compliance", `/compliance?q=${CLIENT}`, "/compliance/queue?all=1", "/compliance/audit"]) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "fi");
      await expect(page.locator("main h1")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoA11yViolations(page);
    }
    await page.screenshot({ path: "test-results/compliance-audit-fi-375.png", fullPage: true });
    await context.close();
    await admin.request.post("/api/admin/users/compliance-officer", {
      headers: SAME_SITE,
      data: { id: aino.id, allowed: false },
    });
    await admin.context().close();
  });
});
