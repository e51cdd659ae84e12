#!/usr/bin/env python3
"""Mail test: the release server sends real mail over SMTP to an outside server (aiosmtpd).

Starts an SMTP server standing in for the bank's relay, then the release server (`serve
--demo`) on a fresh database with GEMENSKAP_SMTP_URL pointing at it, and checks, as people
would notice:

1. Digests in the readers' languages: Anna asks a question in the IT Helpdesk and Ingrid
   writes in the restricted Fjordkraft team; `gemenskap mail digests --current` queues the
   week's digests. Ola (Norwegian) and Mette (Danish) get a digest in their language, multipart
   text and HTML, with a link to the question and the one-click unsubscribe headers.
2. Restricted content never in mail: Ola, a member of the Fjordkraft team, can read Ingrid's
   topic in the intranet (the control), yet his digest holds neither its title nor the team's
   name, only that something waits in a community he belongs to.
3. One-click unsubscribe: posting `List-Unsubscribe=One-Click` to the mail's List-Unsubscribe
   address, as a mail program does, stops Mette's mail (her settings then say `never`).
4. Retry: with the outside server down, a notice for James (who chose immediate mail) fails
   and waits; when the server is back it arrives, once.
5. No duplicates after a restart: the server is killed (SIGKILL) and started again, and the
   digests are asked for again: nobody gets a second one, and no mail arrives twice.

On SQLite, or on a fresh PostgreSQL database when GEMENSKAP_TEST_POSTGRES_URL is set.
Needs `aiosmtpd` (make test-deps installs it).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import http.client
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

from aiosmtpd.controller import Controller

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crash_test import ROOT, PostgresDatabase, Server, free_port  # noqa: E402

DOMAIN = "nordbanken.example"
FROM = f"Intranet <intranet@{DOMAIN}>"


def log(msg: str) -> None:
    print(f"mail test: {msg}", flush=True)


def fail(msg: str) -> None:
    raise SystemExit(f"mail test FAILED: {msg}")


class Outside:
    """The outside world's SMTP server: keeps every message it is handed."""

    def __init__(self, port: int):
        self.port = port
        self.messages: list[email.message.EmailMessage] = []
        self.controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        msg["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(msg)
        return "250 OK"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller:
            self.controller.stop()
            self.controller = None

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if address in m["X-Envelope-To"]]


def wait_for(what: str, check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    fail(f"{what}: not within {timeout:.0f} s")


def parts(msg) -> tuple[str, str]:
    """The plain-text and HTML bodies of a message."""
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    if text is None or html is None:
        fail(f"{msg['Subject']!r} is not text and HTML: {msg.get_content_type()}")
    return text.get_content(), html.get_content()


def restricted_line(lang: str, count: int) -> str:
    """The digest's line that counts items of restricted communities, as Fluent writes it."""
    from fluent.runtime import FluentLocalization, FluentResourceLoader
    loader = FluentResourceLoader(os.path.join(ROOT, "locales", "{locale}"))
    l10n = FluentLocalization([lang], ["mail.ftl"], loader)
    text = l10n.format_value("mail-digest-restricted", {"count": count})
    # The server writes without bidi isolation marks.
    return text.replace("\u2068", "").replace("\u2069", "")


def people(email_of: str) -> str:
    return f"{email_of}@{DOMAIN}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gemenskap"))
    args = parser.parse_args()

    smtp_port = free_port()
    outside = Outside(smtp_port)
    outside.start()
    pg_url = os.environ.get("GEMENSKAP_TEST_POSTGRES_URL")
    database = PostgresDatabase(pg_url) if pg_url else None
    if database:
        database.create()
    data_dir = tempfile.mkdtemp(prefix="gemenskap-mail-test-")
    server = Server(args.binary, free_port(), data_dir, database.url if database else None,
                    os.path.join(data_dir, "server.log"))
    server.env.update({
        "GEMENSKAP_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
        "GEMENSKAP_MAIL_FROM": FROM,
        "GEMENSKAP_MAIL_POLL_MS": "200",
        "GEMENSKAP_RATE_LIMIT_SCALE": "0",
    })
    try:
        run(server, outside)
    finally:
        server.stop()
        outside.stop()
        if database:
            database.drop()
    log("passed")


def digests(server: Server) -> str:
    out = subprocess.run([server.binary, "mail", "digests", "--mode", "weekly", "--current"],
                         env=server.env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        fail(f"gemenskap mail digests: {out.stderr}")
    return out.stdout.strip()


def run(server: Server, outside: Outside) -> None:
    server.start(180)
    api = server.api
    anna, _ = api.login(people("anna.lindqvist"))
    ingrid, _ = api.login(people("ingrid.haugen"))
    ola, _ = api.login(people("ola.nordmann"))
    mette, _ = api.login(people("mette.jensen"))
    james, _ = api.login(people("james.wilson"))

    # Where to write: the helpdesk and the restricted team, as their members see them.
    def slug_of(cookie: str, name_start: str) -> str:
        listing = api.get("/api/communities/list", cookie=cookie, mine="true")
        for c in (listing.json or {}).get("items", []):
            if c["name"].startswith(name_start):
                return c["slug"]
        fail(f"no community named {name_start}… in {listing.raw[:300]!r}")
        return ""

    helpdesk = slug_of(anna, "IT Helpdesk")
    team = slug_of(ingrid, "Fjordkraft")
    question = api.request("POST", "/api/forum/topics/create", {
        "community_slug": helpdesk, "title": "Mailtest: the VPN drops every hour",
        "body": "Since Monday the VPN drops every hour. Anyone else?", "lang": "en",
        "question": True}, cookie=anna)
    if question.status != 200:
        fail(f"asking in the helpdesk: {question.status} {question.raw[:300]!r}")
    secret_title = "Mailtest covenant waiver for the fleet"
    secret = api.request("POST", "/api/forum/topics/create", {
        "community_slug": team, "title": secret_title,
        "body": "The waiver needs credit approval before Friday.", "lang": "en"}, cookie=ingrid)
    if secret.status != 200:
        fail(f"writing in the client team: {secret.status} {secret.raw[:300]!r}")
    # The control: Ola may read it in the intranet.
    seen = api.get("/api/content/get", cookie=ola, id=secret.json["id"])
    if seen.status != 200 or seen.json.get("title") != secret_title:
        fail(f"Ola cannot read the team's topic: {seen.status} {seen.raw[:200]!r}")

    # 1. Digests in the readers' languages.
    log(digests(server))
    # (The server builds last week's digests by itself at its first start: this week's are the
    # ones with the question in them.)
    def this_weeks(who: str):
        return [m for m in outside.to(people(who)) if "Mailtest" in parts(m)[0]]

    ola_mail = wait_for("Ola's digest", lambda: this_weeks("ola.nordmann"))[0]
    mette_mail = wait_for("Mette's digest", lambda: this_weeks("mette.jensen"))[0]
    for who, msg, lang in (("Ola", ola_mail, "nb"), ("Mette", mette_mail, "da")):
        text, html = parts(msg)
        if "Mailtest: the VPN drops every hour" not in text:
            fail(f"{who}'s digest lacks the helpdesk question:\n{text}")
        if f'lang="{lang}"' not in html:
            fail(f"{who}'s digest is not in {lang}")
        if "/posts/" not in text or "/mail/unsubscribe/" not in text:
            fail(f"{who}'s digest lacks its links:\n{text}")
        if not msg["List-Unsubscribe"] or "/mail/unsubscribe/" not in msg["List-Unsubscribe"]:
            fail(f"{who}'s digest has no List-Unsubscribe header")
        if msg["List-Unsubscribe-Post"] != "List-Unsubscribe=One-Click":
            fail(f"{who}'s digest has no one-click unsubscribe")
        if not msg["Message-ID"] or msg["Auto-Submitted"] != "auto-generated":
            fail(f"{who}'s digest lacks Message-ID or Auto-Submitted")
        if DOMAIN not in msg["From"]:
            fail(f"{who}'s digest is not from the intranet: {msg['From']}")
    if ola_mail["Subject"] == mette_mail["Subject"]:
        fail(f"Norwegian and Danish digests have the same subject: {ola_mail['Subject']}")
    log(f"digests: Ola {ola_mail['Subject']!r}, Mette {mette_mail['Subject']!r}")

    # 2. Nothing of the restricted team in Ola's mail, though he may read it.
    text, html = parts(ola_mail)
    for leak in ("covenant", "Fjordkraft", "Ingrid"):
        for part, body in (("subject", str(ola_mail["Subject"])), ("text", text), ("html", html)):
            if leak.lower() in body.lower():
                fail(f"Ola's digest names {leak!r} in its {part}")
    counted = [restricted_line("nb", n) for n in range(1, 100)]
    if not any(line in text for line in counted):
        fail(f"Ola's digest does not count the team's new items:\n{text}")

    # 3. One-click unsubscribe, as a mail program does it (no cookie, no origin).
    target = mette_mail["List-Unsubscribe"].strip().strip("<>")
    path = urllib.parse.urlsplit(target).path
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("POST", path, body="List-Unsubscribe=One-Click",
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    answer = conn.getresponse()
    answer.read()
    if answer.status != 200:
        fail(f"one-click unsubscribe answered {answer.status}")
    prefs = api.get("/api/mail/prefs", cookie=mette)
    if prefs.status != 200 or prefs.json.get("mode") != "never":
        fail(f"Mette's settings after unsubscribing: {prefs.raw[:200]!r}")
    log("one-click unsubscribe stopped Mette's mail")

    # 4. Retry: the outside server is down when James's notice is sent, then back.
    chose = api.request("POST", "/api/mail/prefs", {"mode": "immediate"}, cookie=james)
    if chose.status != 200 or chose.json.get("mode") != "immediate":
        fail(f"James could not choose immediate mail: {chose.raw[:200]!r}")
    outside.stop()
    mine = api.request("POST", "/api/forum/topics/create", {
        "community_slug": helpdesk, "title": "Mailtest: printer on floor 3",
        "body": "It prints blank pages.", "lang": "en"}, cookie=james)
    reply = api.request("POST", "/api/forum/replies/create", {
        "topic_id": mine.json["id"], "body": "Try the driver from the wiki.", "lang": "en"},
        cookie=anna)
    if reply.status != 200:
        fail(f"Anna's reply: {reply.status} {reply.raw[:200]!r}")

    def tried() -> bool:
        log_now = api.get("/api/mail/log", cookie=james).json or {}
        return any(m["status"] == "queued" and m["attempts"] >= 1
                   for m in log_now.get("mails", []))

    wait_for("a failed try of James's notice", tried, timeout=30)
    outside.start()
    notice = wait_for("James's notice after the server came back",
                      lambda: [m for m in outside.to(people("james.wilson"))
                               if "printer on floor 3" in str(m["Subject"])], timeout=60)[0]
    log(f"retried and delivered: {notice['Subject']!r}")

    # 5. A kill and a restart, the digests asked for again: nothing arrives twice.
    before = len(outside.messages)
    server.kill()
    server.start(90)
    again = digests(server)
    if not again.startswith("queued 0 "):
        fail(f"the digests were queued again after a restart: {again}")
    time.sleep(3)
    ids = [m["Message-ID"] for m in outside.messages]
    if len(ids) != len(set(ids)):
        fail("a mail arrived twice")
    if len(outside.messages) != before:
        fail(f"{len(outside.messages) - before} more mails arrived after the restart")
    if len(this_weeks("ola.nordmann")) != 1:
        fail("Ola got more than one digest for this week")
    log(f"{len(outside.messages)} mails in all, none twice")


if __name__ == "__main__":
    main()
