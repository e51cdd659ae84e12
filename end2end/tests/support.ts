// Shared steps: logging in as a demo user, waiting for hydration, and the accessibility scan
// that every visited page must pass (no serious or critical axe-core violations).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "gemenskap-demo";
export const ADMIN = "admin@nordbanken.example";
/** The intranet's own address: its pages send it as `Origin` with every change. */
export const BASE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
/** Headers for a test's own API call that changes something, as the intranet's pages send. */
export const SAME_SITE = { Origin: BASE };

/** Waits until every island of the page is live, so clicks reach their handlers. */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const islands = document.querySelectorAll("leptos-island").length;
    return ((window as any).__gemenskapIslands ?? 0) >= islands;
  });
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await hydrated(page);
  await page.locator("#login-email").fill(email);
  await page.locator("#login-password").fill(password);
  // A plain form (pages before logging in load no script): the server answers with the home
  // page, as the logged-in user.
  await page.locator("form.stack button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/");
  await hydrated(page);
}

export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
