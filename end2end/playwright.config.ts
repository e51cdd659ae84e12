// Browser tests against the release server, in Debian's headless Chromium (no browser
// download). The server starts on its own port with a fresh data directory and the demo.
import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = mkdtempSync(join(tmpdir(), "gemenskap-e2e-"));
// The outside world's mail server: aiosmtpd keeps what the intranet sends in a Maildir the
// tests read (support.ts names the same directory and port).
const smtpPort = port + 25;
// The intranet's own mail listener (mail in), where the tests hand mail over (support.ts).
const listenPort = port + 26;
const maildir = join(tmpdir(), `gemenskap-e2e-mail-${port}`);

const chromium = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "en-GB",
    launchOptions: chromium,
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
  ],
  webServer: [
    {
      command: `rm -rf ${maildir} && exec python3 -m aiosmtpd -n -l 127.0.0.1:${smtpPort} -c aiosmtpd.handlers.Mailbox ${maildir}`,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `../target/release/gemenskap serve --demo`,
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        GEMENSKAP_BIND: `127.0.0.1:${port}`,
        GEMENSKAP_DATA_DIR: dataDir,
        GEMENSKAP_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        GEMENSKAP_MAIL_FROM: "Intranet <intranet@nordbanken.example>",
        GEMENSKAP_MAIL_POLL_MS: "300",
        GEMENSKAP_MAIL_LISTEN: `127.0.0.1:${listenPort}`,
        GEMENSKAP_MAIL_DOMAIN: "intranet.nordbanken.example",
        LEPTOS_SITE_ROOT: "../target/site",
        RUST_LOG: "warn",
      },
    },
  ],
});
