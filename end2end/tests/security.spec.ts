// Security in the browser (issue 11): text people write is shown as text on every kind of
// page and never runs, in the page as served and after hydration; every answer carries the
// security headers, pages a Content-Security-Policy whose nonce is on every script; a page on
// a neighbouring port cannot make a logged-in browser post; and a form's `back` field leads
// only to a path on this site.
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { createServer } from "node:http";
import { ADMIN, DEMO_PASSWORD, expectNoA11yViolations, hydrated, login } from "./support";

const port = Number(process.env.E2E_PORT ?? 3100);
const base = `http://127.0.0.1:${port}`;

/** Every change that relies on the session cookie names this site as its `Origin`, as a
 * browser does; Playwright's API requests send none unless told. */
const SAME_SITE = { Origin: base };

async function apiLogin(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const res = await request.post("/api/auth/login", { data: { email, password }, headers: SAME_SITE });
  expect(res.status(), `log in as ${email}`).toBe(200);
}

/** A JSON write from this site that must succeed; its answer. */
async function post(request: APIRequestContext, path: string, data: unknown): Promise<any> {
  const res = await request.post(path, { data, headers: SAME_SITE });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return res.json();
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The payloads. Each names the field it was put into, so a failure says which one leaked.
/** Ends the document's `<title>` (or any text element) and runs a handler. */
const closeTitle = (field: string) => `</title><img src=x onerror="window.__xss='${field}'">`;
/** Leaves a double-quoted attribute value and runs a handler. */
const leaveAttribute = (field: string) => `"><svg onload="window.__xss='${field}'">`;
/** A script element, written as text. */
const scriptTag = (field: string) => `<script>window.__xss='${field}'</script>`;
/** Ends a script the text was put into (the hydration data) and starts another. */
const endScript = (field: string) => `</script><script>window.__xss='${field}'</script>`;

/** Records what a page must never do: open a dialog, log a CSP violation or anything about
 * the payloads, or throw (a script broken open by text ends in a syntax error). */
function watch(page: Page): string[] {
  const events: string[] = [];
  page.on("dialog", (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    const text = m.text();
    if (text.includes("__xss") || text.includes("Content Security Policy")) events.push(`console: ${text}`);
  });
  page.on("pageerror", (e) => events.push(`page error: ${e.message}`));
  return events;
}

/** Loads `path` and proves no user text became markup: not in the HTML as the server sent it
 * (parsed without running anything, so a CSP cannot hide the fault), not in the live page
 * after hydration. `title`, when given, is user text the document title must show literally. */
async function expectInert(page: Page, events: string[], path: string, title?: string) {
  events.length = 0;
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await hydrated(page);
  const served = await (await page.request.get(path)).text();
  const found = await page.evaluate((html) => {
    const scan = (doc: Document) => {
      const injected: string[] = [];
      for (const el of Array.from(doc.querySelectorAll('img[src="x"], svg[onload]'))) {
        injected.push(el.outerHTML.slice(0, 120));
      }
      for (const el of Array.from(doc.querySelectorAll("*"))) {
        for (const a of Array.from(el.attributes)) {
          if (a.name.toLowerCase().startsWith("on") && a.value.includes("__xss")) {
            injected.push(`${el.tagName} ${a.name}="${a.value}"`);
          }
        }
      }
      // The hydration data is a script that holds the payloads as JSON strings, legitimately;
      // an injected script is one that consists of the payload's code.
      for (const s of Array.from(doc.querySelectorAll("script"))) {
        if ((s.textContent ?? "").trim().startsWith("window.__xss")) injected.push(s.outerHTML.slice(0, 120));
      }
      return { injected, title: doc.title };
    };
    return { live: scan(document), served: scan(new DOMParser().parseFromString(html, "text/html")) };
  }, served);
  expect(await page.evaluate(() => (window as any).__xss), `${path}: a payload ran`).toBeUndefined();
  expect(found.served.injected, `${path}: elements made from user text in the HTML as sent`).toEqual([]);
  expect(found.live.injected, `${path}: elements made from user text in the live page`).toEqual([]);
  expect(events, `${path}: dialogs, errors, CSP reports`).toEqual([]);
  if (title !== undefined) {
    // Shown, escaped: not dropped, and not cut short where the text closes the element.
    expect(found.served.title, `${path}: <title> as sent`).toContain(title);
    await expect(page, `${path}: document title`).toHaveTitle(new RegExp(escapeRegExp(title)));
  }
}

test("no user-written text runs as script on any page kind", async ({ browser, page }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  // Tags are normalised (lower case; letters, digits, -, _ and . only) and a payload there is
  // refused with 422, so the tag is valid but odd, and carries no payload.
  const tag = `x.y_z-${stamp}`;

  // Two new colleagues, so no demo person's name changes under the other tests: U writes
  // everything, W answers, so that U has notifications and W translates.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await apiLogin(adminContext.request, ADMIN);
  const uEmail = `probe.u.${stamp}@nordbanken.example`;
  const wEmail = `probe.w.${stamp}@nordbanken.example`;
  const account = (email: string, name: string) => ({
    email, display_name: name, password: DEMO_PASSWORD, admin: false, ui_language: "en",
  });
  const uid = (await post(adminContext.request, "/api/admin/users/create", account(uEmail, `Probe U ${stamp}`))).id;
  const wid = (await post(adminContext.request, "/api/admin/users/create", account(wEmail, `Probe W ${stamp}`))).id;

  // U: a profile with a payload in every field (the server refuses control characters, not
  // `<`, `>` or `"`, so each of these is accepted and kept as written).
  await apiLogin(page.request, uEmail);
  const uName = `Probe${stamp} ${closeTitle("name")}`;
  const profile = await post(page.request, "/api/profile/update", {
    display_name: uName,
    title: closeTitle("title"),
    department: leaveAttribute("dept"),
    expertise: [leaveAttribute("ex1"), scriptTag("ex2")],
    about: [closeTitle("about"), leaveAttribute("about2"), scriptTag("about3"), endScript("about4")].join("\n\n"),
  });
  expect(profile.display_name).toBe(uName);

  // A public community (languages stay valid) with a status update, a blog post and a topic.
  const communityName = `Probe${stamp} ${closeTitle("cname")}`;
  const { slug } = await post(page.request, "/api/communities/create", {
    name: communityName,
    description: [leaveAttribute("cdesc"), scriptTag("cdesc2"), endScript("cdesc3")].join(" "),
    visibility: "public",
    template: "project",
    languages: ["en"],
  });
  const profileStatus = closeTitle("pstatus");
  const pstatus = (await post(page.request, "/api/status/create", { text: profileStatus, lang: "en" })).id;
  const communityStatus = closeTitle("cstatus");
  const cstatus = (await post(page.request, "/api/status/create", {
    text: communityStatus, lang: "en", community_slug: slug,
  })).id;
  const blogTitle = closeTitle("btitle");
  const blog = (await post(page.request, "/api/blogs/posts/create", {
    community_slug: slug,
    title: blogTitle,
    body: [leaveAttribute("bbody"), scriptTag("bbody2"), endScript("bbody3")].join("\n\n"),
    lang: "en",
    tags: [tag],
  })).id;
  const personalTitle = closeTitle("ptitle");
  const personal = (await post(page.request, "/api/blogs/posts/create", {
    title: personalTitle, body: scriptTag("pbody"), lang: "en", tags: [tag],
  })).id;
  const topicTitle = closeTitle("ttitle");
  const topic = (await post(page.request, "/api/forum/topics/create", {
    community_slug: slug, title: topicTitle, body: leaveAttribute("tbody"), lang: "en", question: true, tags: [tag],
  })).id;

  // W: a payload name; a translation, a reply and comments on U's things.
  const wContext = await browser.newContext();
  const wPage = await wContext.newPage();
  await apiLogin(wContext.request, wEmail);
  const wName = `Probe${stamp}w ${scriptTag("wname")}`;
  await post(wContext.request, "/api/profile/update", { display_name: wName });
  await post(wContext.request, "/api/communities/join", { slug });
  const translationTitle = closeTitle("trtitle");
  await post(wContext.request, "/api/translations/create", {
    original_id: topic, lang: "sv", title: translationTitle, body: scriptTag("trbody"),
  });
  await post(wContext.request, "/api/forum/replies/create", {
    topic_id: topic, body: [scriptTag("reply"), leaveAttribute("reply2")].join("\n\n"), lang: "en",
  });
  await post(wContext.request, "/api/comments/create", { target_id: blog, body: leaveAttribute("comment"), lang: "en" });
  await post(wContext.request, "/api/comments/create", { target_id: pstatus, body: closeTitle("pcomment"), lang: "en" });
  // U edits the topic: W's translation is now outdated (listed, and W is told).
  await post(page.request, "/api/content/update", { id: topic, body: `${leaveAttribute("tbody")} (edited)` });

  // Every page kind that shows any of it, as U.
  const events = watch(page);
  const pages: Array<[string, string?]> = [
    ["/"],
    [`/people?q=Probe${stamp}`],
    [`/people?q=${encodeURIComponent(closeTitle("query"))}&department=${encodeURIComponent(leaveAttribute("qdept"))}`],
    [`/people/${uid}`, uName],
    [`/people/${uid}/blog`, uName],
    [`/people/${uid}/edit`],
    [`/people/${wid}`, wName],
    [`/communities?q=Probe${stamp}`],
    [`/communities?q=${encodeURIComponent(leaveAttribute("cquery"))}`],
    ...["", "/members", "/forum", "/blog", "/translations", "/settings", "/history"].map(
      (tab): [string, string] => [`/communities/${slug}${tab}`, communityName],
    ),
    // A status update's thread is titled with the start of its text.
    [`/posts/${pstatus}`, profileStatus.slice(0, 60)],
    [`/posts/${cstatus}`, communityStatus.slice(0, 60)],
    [`/posts/${blog}`, blogTitle],
    [`/posts/${personal}`, personalTitle],
    [`/posts/${topic}`, topicTitle],
    [`/posts/${topic}/compare?lang=sv`],
    [`/tags/${tag}`],
    ["/notifications"],
  ];
  for (const [path, title] of pages) await expectInert(page, events, path, title);

  // As W: the translation (an author always reads their own words as written, so U cannot
  // see it in the thread), W's notification about it, and U's profile seen by someone else.
  const wEvents = watch(wPage);
  await expectInert(wPage, wEvents, `/posts/${topic}?lang=sv`, translationTitle);
  await expectInert(wPage, wEvents, "/notifications");
  await expectInert(wPage, wEvents, `/people/${uid}`, uName);

  // As an admin: the accounts list shows the names.
  const adminEvents = watch(adminPage);
  await expectInert(adminPage, adminEvents, "/admin/users");

  await wContext.close();
  await adminContext.close();
});

/** The headers every answer carries. */
function expectCommonHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], `${what}: x-content-type-options`).toBe("nosniff");
  expect(h["referrer-policy"], `${what}: referrer-policy`).toBe("same-origin");
}

/** A page's policy, and its nonce on every script of the HTML; returns the nonce. */
function expectPagePolicy(res: APIResponse, html: string, what: string): string {
  expectCommonHeaders(res, what);
  const csp = res.headers()["content-security-policy"] ?? "";
  for (const part of ["script-src 'nonce-", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp, `${what}: content-security-policy`).toContain(part);
  }
  expect(csp, `${what}: content-security-policy`).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
  expect(nonce.length, `${what}: nonce`).toBeGreaterThanOrEqual(16);
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts.length, `${what}: scripts`).toBeGreaterThan(0);
  for (const tag of scripts) {
    expect(/\snonce="([^"]*)"/.exec(tag)?.[1], `${what}: ${tag}`).toBe(nonce);
  }
  return nonce;
}

test("every response carries the security headers", async ({ page }) => {
  // Pages must hydrate under the policy with no violation: every report is collected, from
  // the console and from the document's own event.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(m.text());
  });
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as any).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  /** Loads a page in the browser until it is live, and finds no violation on the way. */
  const expectHydratedWithinPolicy = async (path: string) => {
    await page.goto(path);
    await hydrated(page);
    expect(await page.evaluate(() => (window as any).__cspViolations ?? []), `${path}: violations`).toEqual([]);
    expect(violations, `${path}: CSP messages`).toEqual([]);
  };

  // A page, logged out; each load has its own nonce.
  const login = await page.request.get("/login");
  expect(login.status()).toBe(200);
  const html = await login.text();
  const first = expectPagePolicy(login, html, "/login");
  const again = await page.request.get("/login");
  expect(expectPagePolicy(again, await again.text(), "/login again")).not.toBe(first);
  await expectHydratedWithinPolicy("/login");

  // An asset the page loads (the stylesheet, or else the hydration script), and the icon.
  const asset = /<link\b[^>]*rel="stylesheet"[^>]*href="(\/pkg\/[^"]+)"/.exec(html)?.[1] ??
    /href="(\/pkg\/[^"]+)"/.exec(html)?.[1];
  expect(asset, "an asset under /pkg/ in the page").toBeTruthy();
  const assetRes = await page.request.get(asset!);
  expect(assetRes.status()).toBe(200);
  expectCommonHeaders(assetRes, asset!);
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expectCommonHeaders(favicon, "/favicon.ico");

  // The API, logged out and logged in; personal answers are never stored.
  const anonymous = await page.request.get("/api/me");
  expect(anonymous.status()).toBe(401);
  expectCommonHeaders(anonymous, "/api/me logged out");
  await apiLogin(page.request, "ruta.kazlauskiene@nordbanken.example");
  for (const path of ["/api/me", "/api/notifications/unread"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expectCommonHeaders(res, path);
    expect(res.headers()["cache-control"] ?? "", `${path}: cache-control`).toContain("no-store");
  }

  // Logged in: the home page and a thread, each in the HTML and in the browser.
  const { id } = await post(page.request, "/api/status/create", {
    text: `Headers are checked **today** ${Date.now()}`, lang: "en",
  });
  for (const path of ["/", `/posts/${id}`]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expectPagePolicy(res, await res.text(), path);
    await expectHydratedWithinPolicy(path);
  }
});

test("a neighbouring site cannot post with the reader's cookie", async ({ page }) => {
  const stamp = Date.now();
  const forged = `forged status ${stamp}`;
  // The neighbour: another port of the same host, so the same site for SameSite=Lax. A
  // text/plain form (no preflight) whose body is JSON, sent on with a 307 to the API, which
  // keeps the method and body; the browser then sends `Origin: null` and the cookie.
  const evilPort = port + 7;
  const evil = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><title>Lunch menu</title>
<form id="f" method="post" action="/go" enctype="text/plain"><input name='{"text":"${forged} ' value='"}'></form>
<script>document.getElementById("f").submit();</script></html>`);
    } else if (req.method === "POST" && req.url === "/go") {
      req.resume();
      res.writeHead(307, { Location: `${base}/api/status/create` });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => evil.listen(evilPort, "127.0.0.1", resolve));
  try {
    await apiLogin(page.request, "tomasz.kowalski@nordbanken.example");
    await post(page.request, "/api/profile/update", { ui_language: "en" });
    const me = await (await page.request.get("/api/me")).json();
    const mine = async () =>
      JSON.stringify(await (await page.request.get(`/api/stream/person?user_id=${me.id}&all_languages=true`)).json());

    // The attack: refused, and nothing was posted.
    const answer = page.waitForResponse(
      (r) => r.url() === `${base}/api/status/create` && r.request().method() === "POST",
    );
    await page.goto(`http://127.0.0.1:${evilPort}/`, { waitUntil: "commit" });
    const res = await answer;
    expect(res.status()).toBe(403);
    expect(await res.json()).toEqual({ code: "cross_origin" });
    expect(await mine()).not.toContain(forged);

    // The control: the same person posts from the intranet's own page.
    const own = `Lunch at noon in the canteen ${stamp}`;
    await page.goto("/");
    await hydrated(page);
    await page.locator("#status-text").fill(own);
    const posted = page.waitForResponse((r) => r.url() === `${base}/api/status/create`);
    await page.getByRole("button", { name: "Post", exact: true }).click();
    expect((await posted).status()).toBe(200);
    await expect(page.locator(".stream-item", { hasText: own })).toBeVisible();
    expect(await mine()).toContain(own);

    // The same rules, request by request, with the session cookie.
    const attempt = (text: string, headers: Record<string, string>) =>
      page.request.post("/api/status/create", { data: { text }, headers });
    const refusals: Array<[string, Record<string, string>, number, string]> = [
      [`null origin ${stamp}`, { Origin: "null" }, 403, "cross_origin"],
      [`no origin ${stamp}`, {}, 403, "cross_origin"],
      [`neighbour origin ${stamp}`, { Origin: `http://127.0.0.1:${evilPort}` }, 403, "cross_origin"],
    ];
    for (const [text, headers, status, code] of refusals) {
      const r = await attempt(text, headers);
      expect(r.status(), text).toBe(status);
      expect((await r.json()).code, text).toBe(code);
    }
    // From this site, but not JSON: a JSON endpoint reads only JSON (and same-site forms).
    const plain = await page.request.post("/api/status/create", {
      data: JSON.stringify({ text: `text plain ${stamp}` }),
      headers: { ...SAME_SITE, "Content-Type": "text/plain" },
    });
    expect(plain.status()).toBe(415);
    expect((await plain.json()).code).toBe("unsupported_media_type");
    const stream = await mine();
    for (const text of [...refusals.map((r) => r[0]), `text plain ${stamp}`]) expect(stream).not.toContain(text);
    // And from this site as JSON, it works.
    await post(page.request, "/api/status/create", { text: `same site ${stamp}` });
    expect(await mine()).toContain(`same site ${stamp}`);
  } finally {
    evil.closeAllConnections?.();
    await new Promise<void>((resolve) => evil.close(() => resolve()));
  }
});

test("the back field only leads to this site", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await apiLogin(context.request, "agnieszka.nowak@nordbanken.example");
  /** Posts a plain form as a browser without JavaScript does; where its redirect leads. */
  const leadsTo = async (path: string, fields: Record<string, string>) => {
    const res = await context.request.post(path, {
      form: fields,
      headers: { Accept: "text/html", Origin: base },
      maxRedirects: 0,
    });
    expect(res.status(), `${path} ${JSON.stringify(fields)}`).toBeGreaterThanOrEqual(300);
    expect(res.status(), `${path} ${JSON.stringify(fields)}`).toBeLessThan(400);
    const location = res.headers()["location"];
    expect(location, `${path} ${JSON.stringify(fields)}: Location`).toBeTruthy();
    // Resolved as a browser resolves it: `\` as `/`, tabs dropped.
    return new URL(location!, `${base}/`).href;
  };
  // `on[bool]` empty is "off", as the page's own form sends it; the person's languages are
  // unchanged by adding one they read (Polish).
  for (const back of ["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example", "/\\/evil.example"]) {
    expect(await leadsTo("/api/prefs/all-languages", { "on[bool]": "", back }), JSON.stringify(back)).toBe(`${base}/`);
    expect(await leadsTo("/api/prefs/read-languages/add", { lang: "pl", back }), JSON.stringify(back)).toBe(`${base}/`);
  }
  // The control: a path on this site is where the form goes back to.
  expect(await leadsTo("/api/prefs/all-languages", { "on[bool]": "", back: "/people" })).toBe(`${base}/people`);
  expect(await leadsTo("/api/prefs/read-languages/add", { lang: "pl", back: "/communities?q=risk" }))
    .toBe(`${base}/communities?q=risk`);
  await context.close();
});

test("one sees where one is logged in and logs out everywhere, in one's own language", async ({ browser }) => {
  // Jonas reads the intranet in Lithuanian, a locale of long words; the page must fit a phone.
  const email = "jonas.petraitis@nordbanken.example";
  const laptop = await browser.newContext();
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const other = await browser.newContext();
  const onLaptop = await laptop.newPage();
  const onPhone = await phone.newPage();
  await login(onLaptop, email);
  await login(onPhone, email);
  await login(await other.newPage(), "karin.berg@nordbanken.example");
  await onPhone.goto("/account/sessions");
  await hydrated(onPhone);
  await expect(onPhone.locator("html")).toHaveAttribute("lang", "lt");
  await expect(onPhone.locator("ul.sessions > li")).toHaveCount(2);
  await expect(onPhone.locator("ul.sessions > li .badge")).toHaveCount(1);
  const overflow = await onPhone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(onPhone);
  await onPhone.screenshot({ path: "test-results/sessions-lt-375.png", fullPage: true });
  const ended = onPhone.waitForResponse((r) => r.url().endsWith("/api/auth/sessions/end-all"));
  await onPhone.locator("main form button.danger").click();
  expect((await ended).status()).toBe(200);
  await onPhone.waitForURL((url) => url.pathname === "/login");
  // Both of Jonas's browsers are logged out; Karin, the control, is not.
  expect((await onLaptop.request.get("/api/me")).status()).toBe(401);
  expect((await onPhone.request.get("/api/me")).status()).toBe(401);
  expect((await other.request.get("/api/me")).status()).toBe(200);
  await Promise.all([laptop.close(), phone.close(), other.close()]);
});
