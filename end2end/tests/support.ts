// Shared steps: logging in as a demo user, waiting for hydration, and the accessibility scan
// that every visited page must pass (no serious or critical axe-core violations).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** The Maildir where the test's mail server keeps what the intranet sends (playwright.config.ts). */
export const MAILDIR = join(tmpdir(), `gemenskap-e2e-mail-${Number(process.env.E2E_PORT ?? 3100)}`);

/** The mails sent so far, as raw text with folded header lines unfolded. */
export function sentMails(): string[] {
  const dir = join(MAILDIR, "new");
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.map((n) => readFileSync(join(dir, n), "utf8").replace(/\r?\n[ \t]+/g, " "));
}

/** A header of a raw mail, if it has it. */
export function header(mail: string, name: string): string | undefined {
  const head = mail.split(/\r?\n\r?\n/)[0];
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
