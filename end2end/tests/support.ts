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

/** The intranet's own mail domain and the port of its mail listener (playwright.config.ts). */
export const MAIL_DOMAIN = "intranet.nordbanken.example";
export const MAIL_LISTEN_PORT = Number(process.env.E2E_PORT ?? 3100) + 26;

/**
 * Hands one mail to the intranet's listener over SMTP, as the bank's mail server would, and
 * returns the server's last answer (`250 …` when taken).
 */
export async function handMailIn(from: string, to: string, raw: string): Promise<string> {
  const { createConnection } = await import("node:net");
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: "127.0.0.1", port: MAIL_LISTEN_PORT });
    const steps = [
      `EHLO e2e.nordbanken.example`,
      `MAIL FROM:<${from}>`,
      `RCPT TO:<${to}>`,
      `DATA`,
      // Dot-stuffed, with the terminating line.
      `${raw.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..")}\r\n.`,
      `QUIT`,
    ];
    let buffer = "";
    let last = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      // A whole reply: its last line has a space after the code.
      const lines = buffer.split("\r\n").filter((l) => l !== "");
      const end = lines.at(-1);
      if (!buffer.endsWith("\r\n") || !end || end[3] !== " ") return;
      buffer = "";
      const code = Number(end.slice(0, 3));
      if (code >= 400) {
        socket.end();
        resolve(end);
        return;
      }
      if (code === 250 && steps.length === 1) last = end;
      const next = steps.shift();
      if (next === undefined) {
        socket.end();
        resolve(last || end);
        return;
      }
      socket.write(`${next}\r\n`);
    });
    socket.on("error", reject);
  });
}
