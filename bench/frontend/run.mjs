// Lighthouse, mobile preset, in Debian's Chromium, against the release server with the demo:
// the login page, and logged in the home stream, a community forum, a thread and the people
// directory. Prints performance, accessibility, LCP, TBT and the bytes transferred per page,
// and writes them to target/bench-frontend.json. Run with `make bench-frontend`.
// With GEMENSKAP_BEFORE=<another checkout, built with `make build`>, that build is measured
// too, page by page in turns with this one, each on its own port and its own demo.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const root = resolve(import.meta.dirname, "../..");
const firstPort = Number(process.env.BENCH_PORT ?? 3200);
const EMAIL = "erik.johansson@nordbanken.example";
const PASSWORD = "gemenskap-demo";

async function startServer(dir, port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(join(dir, "target/release/gemenskap"), ["serve", "--demo"], {
    env: {
      ...process.env,
      GEMENSKAP_BIND: `127.0.0.1:${port}`,
      GEMENSKAP_DATA_DIR: mkdtempSync(join(tmpdir(), "gemenskap-lh-")),
      LEPTOS_SITE_ROOT: join(dir, "target/site"),
      // Lighthouse loads each page several times; the per-person limits are not under test.
      GEMENSKAP_RATE_LIMIT_SCALE: "0",
      RUST_LOG: "warn",
    },
    stdio: "inherit",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("the server did not start");
}

async function sessionCookie(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login: ${res.status}`);
  return res.headers.get("set-cookie").split(";")[0];
}

async function firstThread(base, cookie) {
  const res = await fetch(`${base}/api/forum/topics/list?community_slug=it-helpdesk&all_languages=true`, {
    headers: { cookie },
  });
  const page = await res.json();
  return `/posts/${page.items[0].id}`;
}

async function audit(chrome, base, path, cookie) {
  const result = await lighthouse(
    `${base}${path}`,
    {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
      // The machine's own network: no simulated throttling of a faraway server, but the
      // mobile preset's CPU slowdown and screen.
      throttlingMethod: "devtools",
    },
  );
  const lhr = result.lhr;
  // What keeps accessibility under 100, by audit, so it can be fixed.
  const failing = lhr.categories.accessibility.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id}: ${(a.details?.items ?? []).map((i) => i.node?.snippet).join(" ")}`);
  if (failing.length) console.log(`${path} accessibility:`, failing);
  return {
    page: path,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
    transfer_kb: Math.round(lhr.audits["total-byte-weight"].numericValue / 1024),
  };
}

const builds = [{ name: "after", dir: root }];
if (process.env.GEMENSKAP_BEFORE) {
  builds.unshift({ name: "before", dir: resolve(process.env.GEMENSKAP_BEFORE) });
}
const servers = [];
let chrome;
try {
  for (const [i, build] of builds.entries()) {
    const port = firstPort + i;
    build.base = `http://127.0.0.1:${port}`;
    servers.push(await startServer(build.dir, port));
    build.cookie = await sessionCookie(build.base);
    build.thread = await firstThread(build.base, build.cookie);
  }
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const rows = [];
  for (const page of ["/login", "/", "/communities/it-helpdesk/forum", "thread", "/people"]) {
    for (const build of builds) {
      const path = page === "thread" ? build.thread : page;
      const row = await audit(chrome, build.base, path, page === "/login" ? null : build.cookie);
      rows.push({ build: build.name, ...row, page: page === "thread" ? "/posts/…" : page });
    }
  }
  console.table(rows);
  writeFileSync(join(root, "target/bench-frontend.json"), JSON.stringify(rows, null, 2));
} finally {
  if (chrome) await chrome.kill();
  for (const server of servers) server.kill();
}
