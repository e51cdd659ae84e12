// Files: upload without JavaScript, download, a new version, and the trash.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, hydrated, login } from "./support";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a file is uploaded with the browser's own form and downloaded", async ({ page }) => {
    // Logging in is a plain form too.
    await page.goto("/login");
    await page.locator("#login-email").fill("erik.johansson@nordbanken.example");
    await page.locator("#login-password").fill(DEMO_PASSWORD);
    await page.locator("form.stack button[type=submit]").click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.goto("/communities/hallbar-finansiering/files");
    const name = `minutes-${Date.now()}.txt`;
    await page.locator("details.card summary").first().click();
    await page.locator("#upload-file").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from("Minutes of the green bond meeting.") });
    await page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
    await page.waitForURL(/\/communities\/hallbar-finansiering\/files/);
    const row = page.locator(".file-row", { hasText: name });
    await expect(row).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), row.locator("a.small").click()]);
    expect(download.suggestedFilename()).toBe(name);
    const body = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(body).toString()).toBe("Minutes of the green bond meeting.");
  });
});

test("a new version keeps the old one, and a deleted file waits in the trash", async ({ page }) => {
  await login(page, "karin.berg@nordbanken.example");
  await page.goto("/communities/hallbar-finansiering/files");
  await hydrated(page);
  await page.locator(".folder-row a").first().click();
  await page.waitForURL(/folder=/);
  await page.locator(".file-row a").first().click();
  await page.waitForURL(/\/files\/\d+$/);
  await hydrated(page);
  const versionsBefore = await page.locator(".wiki-history tbody tr").count();
  await page.locator("details.card summary").first().click();
  await page.locator("#version-file").setInputFiles({ name: "Green bond framework 2026.md", mimeType: "text/markdown", buffer: Buffer.from("# Framework, second edition\n") });
  await page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
  await expect(page.locator(".wiki-history tbody tr")).toHaveCount(versionsBefore + 1);
  // Owners see the quota and the trash.
  await page.goto("/communities/hallbar-finansiering/files/trash");
  await hydrated(page);
  await expect(page.locator("main h2")).toBeVisible();
});
