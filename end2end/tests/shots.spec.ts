import { test } from "@playwright/test";
test.use({ viewport: { width: 375, height: 800 }, baseURL: "http://127.0.0.1:3999" });
test("shots", async ({ page }) => {
  await page.goto("/login");
  await page.locator("#login-email").fill("katrin.mueller@nordbanken.example");
  await page.locator("#login-password").fill("gemenskap-demo");
  await page.locator("form.stack button[type=submit]").click();
  await page.waitForURL((u) => u.pathname === "/");
  const tree = await (await page.request.get("/api/wiki/tree?community_slug=it-helpdesk")).json();
  const vpn = tree.pages.find((p: any) => p.title === "VPN och distansarbete");
  const faq = tree.pages.find((p: any) => p.depth === 1 && !p.front && p.parent_id && tree.pages.find((q: any) => q.id === p.parent_id && q.faq));
  const shots: [string, string][] = [
    ["wiki-tree", "/communities/it-helpdesk/wiki"],
    ["wiki-page", vpn.path],
    ["wiki-history", `${vpn.path}/history`],
    ["wiki-diff", `${vpn.path}/diff?from=1&to=2`],
    ["wiki-faq", faq ? faq.path : vpn.path],
    ["files", "/communities/hallbar-finansiering/files"],
  ];
  for (const [name, path] of shots) {
    await page.goto(path);
    await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
  }
});
