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
6. Mail in, delivered by SMTP to the server's listener: James answers his notice from his
   mail program (its Reply-To is his signed reply address) and the answer is in the thread as
   his, without the quote; Ola's mail to James's reply address, mail from someone without an
   account, mail for another domain and a connection from an address that is not a relay are
   refused; Ola's mail to the helpdesk's posting address becomes a topic; his mail naming a
   watched client is not posted and is answered, in Norwegian, threaded under his mail
   (In-Reply-To and References).
7. TLS to the relay: a second outside server that demands STARTTLS, with a certificate from a
   throw-away certificate authority (made here with openssl). Without that authority in
   GEMENSKAP_SMTP_CA_FILE the intranet does not trust the relay and hands it nothing (the
   control); with it, James's notice arrives, over TLS.

On SQLite, or on a fresh PostgreSQL database when GEMENSKAP_TEST_POSTGRES_URL is set.
Needs `aiosmtpd` (make test-deps installs it).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import email.utils
import http.client
import os
import smtplib
import ssl
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
# The intranet's own addresses (replies, communities' posting addresses).
MAIL_DOMAIN = f"intranet.{DOMAIN}"


def log(msg: str) -> None:
    print(f"mail test: {msg}", flush=True)


def fail(msg: str) -> None:
    raise SystemExit(f"mail test FAILED: {msg}")


class Outside:
    """The outside world's SMTP server: keeps every message it is handed."""

    def __init__(self, port: int, tls: ssl.SSLContext | None = None):
        self.port = port
        self.tls = tls
        self.messages: list[email.message.EmailMessage] = []
        self.controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        msg["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        msg["X-Over-TLS"] = "yes" if session.ssl else "no"
        self.messages.append(msg)
        return "250 OK"

    def start(self) -> None:
        # With a TLS context, it refuses to take mail before STARTTLS.
        extra = {"tls_context": self.tls, "require_starttls": True} if self.tls else {}
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, **extra)
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
    listen_port = free_port()
    server.listen_port = listen_port
    server.env.update({
        "GEMENSKAP_MAIL_LISTEN": f"127.0.0.1:{listen_port}",
        "GEMENSKAP_MAIL_DOMAIN": MAIL_DOMAIN,
        "GEMENSKAP_MAIL_RELAYS": "127.0.0.1",
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
    mine = asked_and_answered(api, helpdesk, james, anna, "Mailtest: printer on floor 3",
                              "It prints blank pages.", "Try the driver from the wiki.")
    wait_for("a failed try of James's notice", lambda: tried(api, james, "printer on floor 3"),
             timeout=30)
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

    mail_in(server, outside, helpdesk, mine.json["id"], notice, ola, james)
    over_tls(server, helpdesk, anna, james)


def hand_in(server: Server, sender: str, to: str, subject: str, body: str,
            in_reply_to: str | None = None, source: str = "127.0.0.1") -> str:
    """Hands a mail to the server's listener as the bank's mail server would; its Message-ID."""
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate()
    msg_id = email.utils.make_msgid(domain="mail.nordbanken.example")
    msg["Message-ID"] = msg_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    with smtplib.SMTP("127.0.0.1", server.listen_port, timeout=30,
                      source_address=(source, 0)) as smtp:
        smtp.send_message(msg, from_addr=email.utils.parseaddr(sender)[1], to_addrs=[to])
    return msg_id


def refused(what: str, code: int, call) -> None:
    try:
        call()
    except smtplib.SMTPRecipientsRefused as e:
        got = next(iter(e.recipients.values()))[0]
    except (smtplib.SMTPDataError, smtplib.SMTPConnectError, smtplib.SMTPResponseException) as e:
        got = e.smtp_code
    except smtplib.SMTPServerDisconnected:
        got = 554
    else:
        fail(f"{what} was taken")
        return
    if got != code:
        fail(f"{what}: answered {got}, not {code}")
    log(f"refused as it should be: {what} ({got})")


def mail_in(server: Server, outside: Outside, helpdesk: str, topic: int, notice,
            ola: str, james: str) -> None:
    api = server.api
    reply_to = notice["Reply-To"]
    if not reply_to or f"@{MAIL_DOMAIN}" not in reply_to or "reply+" not in reply_to:
        fail(f"James's notice has no reply address: {reply_to!r}")
    text, _ = parts(notice)
    if "Reply to this mail" not in text:
        fail(f"James's notice does not say it can be answered:\n{text}")
    address = email.utils.parseaddr(str(reply_to))[1]

    # James answers from his mail program, above the quote.
    hand_in(server, f"James Wilson <{people('james.wilson')}>", address,
            f"Re: {notice['Subject']}",
            "The new driver fixed it, thank you!\n\n"
            "On Thu, 3 Dec 2026 at 10:15, Intranet <intranet@nordbanken.example> wrote:\n\n"
            "> Anna replied: Try the driver from the wiki.\n",
            in_reply_to=notice["Message-ID"])
    thread = api.get("/api/content/thread", cookie=james, id=topic).json or {}
    answers = [r for r in thread.get("replies", [])
               if r["author"]["display_name"].startswith("James")]
    if len(answers) != 1 or answers[0]["body"] != "The new driver fixed it, thank you!":
        fail(f"James's answer by mail is not in the thread as his: {answers!r}")
    log("a reply by mail is in the thread as its author's, without the quote")

    # Refused: another person at James's address, a stranger, another domain, not a relay.
    refused("Ola's mail to James's reply address", 550,
            lambda: hand_in(server, people("ola.nordmann"), address, "Re: x", "Me too"))
    refused("mail from someone without an account", 550,
            lambda: hand_in(server, "someone@elsewhere.example", address, "Re: x", "Hi"))
    refused("mail for another domain", 550,
            lambda: hand_in(server, people("ola.nordmann"), "it@elsewhere.example", "x", "Hi"))
    refused("mail handed in by an address that is not a relay", 554,
            lambda: hand_in(server, people("ola.nordmann"), address, "x", "Hi",
                            source="127.0.0.2"))

    # A posting address for the helpdesk; Ola's mail to it becomes a topic.
    admin, admin_id = api.login(people("admin"))
    set_address = api.request("POST", "/api/communities/mail-address", {
        "slug": helpdesk, "local": "it-helpdesk", "posts_to": "forum"}, cookie=admin)
    if set_address.status != 200:
        fail(f"setting the helpdesk's address: {set_address.status} {set_address.raw[:200]!r}")
    shown = api.get("/api/communities/get", cookie=ola, slug=helpdesk).json or {}
    if shown.get("mail_address") != f"it-helpdesk@{MAIL_DOMAIN}":
        fail(f"the helpdesk does not show its address: {shown.get('mail_address')!r}")
    hand_in(server, people("ola.nordmann"), f"it-helpdesk@{MAIL_DOMAIN}",
            "Mailtest: skriveren i Oslo skriver ikke ut", "Skriveren på 3. etasje er stille.")
    topics = api.get("/api/forum/topics/list", cookie=ola, community_slug=helpdesk,
                     all_languages="true").json or {}
    titles = [t.get("title") for t in topics.get("items", [])]
    if "Mailtest: skriveren i Oslo skriver ikke ut" not in titles:
        fail(f"Ola's mail did not become a topic: {titles!r}")
    log("a mail to the helpdesk's address became a topic")

    # A client's name: not posted, answered in Ola's language under his mail.
    officer = api.request("POST", "/api/admin/users/compliance-officer",
                          {"id": admin_id, "allowed": True}, cookie=admin)
    watch = api.request("POST", "/api/compliance/watchlist/create", {
        "name": "Havbruk Nordvest", "aliases": [], "legal_form": None, "strictness": "always",
        "allowed_communities": []}, cookie=admin)
    if officer.status != 200 or watch.status != 200:
        fail(f"watching a client: {officer.raw[:200]!r} {watch.raw[:200]!r}")
    ola_id = hand_in(server, people("ola.nordmann"), f"it-helpdesk@{MAIL_DOMAIN}",
                     "Mailtest: møte hos Havbruk Nordvest", "Jeg trenger en projektor hos Havbruk Nordvest.")
    answer = wait_for("the answer to Ola's refused mail",
                      lambda: [m for m in outside.to(people("ola.nordmann"))
                               if m["In-Reply-To"] == ola_id], timeout=30)[0]
    if ola_id not in str(answer["References"]):
        fail(f"the answer's References lack Ola's mail: {answer['References']!r}")
    text, html = parts(answer)
    if 'lang="nb"' not in html or "Havbruk Nordvest" not in text:
        fail(f"the answer is not in Norwegian or does not name the client:\n{text}")
    if "> Jeg trenger en projektor" not in text:
        fail(f"the answer does not quote Ola's text back:\n{text}")
    topics = api.get("/api/forum/topics/list", cookie=ola, community_slug=helpdesk,
                     all_languages="true").json or {}
    if any("Havbruk" in (t.get("title") or "") for t in topics.get("items", [])):
        fail("the mail naming a client was posted")
    log(f"a mail naming a client was not posted; answered: {answer['Subject']!r}")


def asked_and_answered(api, helpdesk: str, james: str, anna: str, title: str, body: str,
                       answer: str):
    """James asks in the helpdesk and Anna replies: a notice for James. His topic."""
    mine = api.request("POST", "/api/forum/topics/create", {
        "community_slug": helpdesk, "title": title, "body": body, "lang": "en"}, cookie=james)
    reply = api.request("POST", "/api/forum/replies/create", {
        "topic_id": mine.json["id"], "body": answer, "lang": "en"}, cookie=anna)
    if reply.status != 200:
        fail(f"Anna's reply: {reply.status} {reply.raw[:200]!r}")
    return mine


def tried(api, cookie: str, about: str) -> bool:
    """Whether a mail about `about` in the person's send log failed a try and waits."""
    mails = (api.get("/api/mail/log", cookie=cookie).json or {}).get("mails", [])
    return any(about in m["subject"] and m["status"] == "queued" and m["attempts"] >= 1
               for m in mails)


def authority(directory: str) -> tuple[str, ssl.SSLContext]:
    """A throw-away certificate authority and a relay certificate it signed for 127.0.0.1:
    the authority's PEM file, and the relay's TLS context."""
    def sh(*args: str) -> None:
        out = subprocess.run(["openssl", *args], cwd=directory, capture_output=True, text=True)
        if out.returncode != 0:
            fail(f"openssl {args[0]}: {out.stderr}")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    sh("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
       "-subj", "/CN=Mail test bank CA", "-addext", "basicConstraints=critical,CA:TRUE",
       "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    sh("req", *ec, "-keyout", "relay.key", "-out", "relay.csr", "-subj", "/CN=127.0.0.1")
    with open(os.path.join(directory, "relay.ext"), "w") as ext:
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n")
    sh("x509", "-req", "-in", "relay.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
       "-CAcreateserial", "-out", "relay.pem", "-days", "2", "-extfile", "relay.ext")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(directory, "relay.pem"),
                            os.path.join(directory, "relay.key"))
    return os.path.join(directory, "ca.pem"), context


def over_tls(server: Server, helpdesk: str, anna: str, james: str) -> None:
    """7. STARTTLS to a relay whose certificate only the bank's own authority vouches for."""
    api = server.api
    ca_file, context = authority(tempfile.mkdtemp(prefix="gemenskap-mail-ca-"))
    secure = Outside(free_port(), tls=context)
    secure.start()
    try:
        server.stop()
        server.env["GEMENSKAP_SMTP_URL"] = f"smtp://127.0.0.1:{secure.port}?tls=required"
        server.start(90)
        james = api.login(people("james.wilson"))[0]
        anna = api.login(people("anna.lindqvist"))[0]
        title = "Mailtest: the scanner on floor 2"
        asked_and_answered(api, helpdesk, james, anna, title, "It jams.", "Open the side door.")

        # The control: the relay's certificate is from an authority the system does not
        # know, so the notice is not handed over; it waits for another try.
        wait_for("a refused try at the untrusted relay", lambda: tried(api, james, title),
                 timeout=30)
        if secure.messages:
            fail("mail was handed to a relay whose certificate is not trusted")

        server.stop()
        server.env["GEMENSKAP_SMTP_CA_FILE"] = ca_file
        server.start(90)
        notice = wait_for("James's notice over TLS",
                          lambda: [m for m in secure.to(people("james.wilson"))
                                   if title in str(m["Subject"])], timeout=60)[0]
        if notice["X-Over-TLS"] != "yes":
            fail("the notice did not come over TLS")
        log(f"over STARTTLS, trusted through GEMENSKAP_SMTP_CA_FILE: {notice['Subject']!r}")
    finally:
        secure.stop()


if __name__ == "__main__":
    main()
