#!/usr/bin/env python3
"""Crash test: nothing that was answered 200 is lost when the server dies.

Starts the release server (`target/release/gemenskap serve --demo`) on a fresh database, logs
in demo people (16) and lets client threads (4) write as them through the HTTP API as fast as
it is answered: status updates, blog posts with tags, comments, edits and likes, each
carrying a unique marker. (The server limits each person's writes; a client writes as another
of its people while one is limited.) Meanwhile the server is killed with SIGKILL at random moments
(0.2-1.5 s after it came back) and restarted on the same data, `--kills` times. A write whose
answer never came (the connection died with the server) is "unknown": it may or may not be
stored, but if it is, it must be whole.

At the end, with the server up, every acknowledged write is read back as its author and must
be there exactly as sent (body, rendered HTML, title, tags, language, place, version); every
item the clients' people have written since the start must be one that was sent, in full
(no marker that was never sent, no write answered with an error, no duplicate); likes and
comment counts must agree with what the answers said. Search must find, by its marker (one
word), the last writes answered in the 0.3 s before each kill (twelve per kill at most) and
a sample of the others, once the restarted server's indexer has caught up. Exits non-zero on
any loss.

The database: SQLite in a temporary data directory, or, when GEMENSKAP_TEST_POSTGRES_URL is
set (scripts/with-postgres.sh sets it), a fresh PostgreSQL database created on that server.
Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import glob
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "gemenskap-demo"
DEMO_PEOPLE = [
    f"{name}@nordbanken.example" for name in (
        "anna.lindqvist erik.johansson ingrid.haugen katrin.mueller mikko.virtanen karin.berg "
        "ola.nordmann james.wilson mette.jensen lars.nielsen aino.korhonen kadri.tamm "
        "janis.berzins ruta.kazlauskiene jonas.petraitis tomasz.kowalski agnieszka.nowak"
    ).split()
]
# Words with letters outside ASCII (all precomposed, NFC) so that a torn multi-byte write shows.
WORDS = (
    "ledger audit transfer settlement clearing vpn onboarding release quarterly report "
    "räksmörgås överföring kontoutdrag bokslut ønske kjøpe været Straße Prüfung Übersicht "
    "päivä tiliote säästö žalias ąžuolas ēdiens kõne jõulud zażółć gęślą jaźń"
).split()
TAG_POOL = ["crash-test", "ledger", "räkning", "vpn", "onboarding", "audit"]
LANGS = ["en", "sv", "de", "fi", "nb"]
STARTUP_TIMEOUT = 180.0  # the first start seeds the demo
RESTART_TIMEOUT = 90.0


def log(msg: str) -> None:
    print(msg, flush=True)


# --------------------------------------------------------------------------------------------
# HTTP


class NotSent(Exception):
    """The connection was refused: the request never reached a server."""


class NoAnswer(Exception):
    """The request may have reached the server, but no answer came back."""


class Response:
    def __init__(self, status: int, headers, raw: bytes):
        self.status = status
        self.headers = headers
        self.raw = raw
        try:
            self.json = json.loads(raw) if raw else None
        except ValueError:
            self.json = None

    def code(self) -> str:
        if isinstance(self.json, dict):
            return str(self.json.get("code", ""))
        return ""


class Api:
    def __init__(self, port: int):
        self.port = port
        self.origin = f"http://127.0.0.1:{port}"

    def request(self, method: str, path: str, body=None, cookie: str | None = None,
                timeout: float = 30.0) -> Response:
        headers = {"Accept": "application/json"}
        data = None
        if method == "POST":
            # A POST that relies on the session cookie must come from the site itself.
            headers["Origin"] = self.origin
            headers["Content-Type"] = "application/json"
            data = json.dumps(body if body is not None else {}).encode("utf-8")
        if cookie:
            headers["Cookie"] = f"gemenskap_session={cookie}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            try:
                conn.connect()
            except OSError as e:
                raise NotSent(e) from e
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
            except (OSError, http.client.HTTPException) as e:
                raise NoAnswer(e) from e
            return Response(resp.status, resp.headers, raw)
        finally:
            conn.close()

    def get(self, path: str, cookie: str | None = None, **params) -> Response:
        if params:
            path = path + "?" + urllib.parse.urlencode(params)
        return self.request("GET", path, cookie=cookie)

    def login(self, email: str) -> tuple[str, object]:
        resp = self.request("POST", "/api/auth/login", {"email": email, "password": PASSWORD})
        if resp.status != 200:
            raise RuntimeError(f"login {email}: {resp.status} {resp.raw[:300]!r}")
        for header in resp.headers.get_all("Set-Cookie") or []:
            first = header.split(";", 1)[0].strip()
            if first.startswith("gemenskap_session="):
                return first.split("=", 1)[1], resp.json["id"]
        raise RuntimeError(f"login {email}: no gemenskap_session cookie in the answer")


# --------------------------------------------------------------------------------------------
# The server and its database


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_psql() -> str:
    found = shutil.which("psql")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))
    if candidates:
        return candidates[-1]
    raise SystemExit("crash test: psql not found (PostgreSQL client)")


class PostgresDatabase:
    """A fresh database on the server GEMENSKAP_TEST_POSTGRES_URL names, dropped afterwards."""

    def __init__(self, base_url: str):
        self.psql = find_psql()
        parts = urllib.parse.urlsplit(base_url)
        self.name = f"gemenskap_crash_{os.getpid()}_{random.randrange(16**6):06x}"
        self.admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
        self.url = urllib.parse.urlunsplit(parts._replace(path="/" + self.name))

    def _sql(self, sql: str) -> None:
        subprocess.run([self.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.admin_url,
                        "-c", sql], check=True, stdout=subprocess.DEVNULL)

    def create(self) -> None:
        self._sql(f"CREATE DATABASE {self.name}")

    def drop(self) -> None:
        try:
            self._sql(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        except subprocess.CalledProcessError:
            log(f"crash test: could not drop database {self.name}")


class Server:
    def __init__(self, binary: str, port: int, data_dir: str, database_url: str | None,
                 log_path: str):
        self.binary = binary
        self.port = port
        self.api = Api(port)
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        env = {k: v for k, v in os.environ.items() if not k.startswith("GEMENSKAP_")}
        env.update({
            "GEMENSKAP_BIND": f"127.0.0.1:{port}",
            "GEMENSKAP_DATA_DIR": data_dir,
            "LEPTOS_SITE_ROOT": os.path.join(ROOT, "target", "site"),
            "RUST_LOG": "warn",
        })
        if database_url:
            env["GEMENSKAP_DATABASE_URL"] = database_url
        self.env = env
        self.starts = 0

    def start(self, timeout: float) -> float:
        """Starts the server and waits for /healthz; returns the seconds it took."""
        t0 = time.monotonic()
        for attempt in range(3):
            self.starts += 1
            with open(self.log_path, "ab") as out:
                out.write(f"\n==== start {self.starts} ====\n".encode())
                out.flush()
                self.proc = subprocess.Popen([self.binary, "serve", "--demo"], env=self.env,
                                             cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out,
                                             stderr=subprocess.STDOUT)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    resp = self.api.request("GET", "/healthz", timeout=5)
                    if resp.status == 200:
                        return time.monotonic() - t0
                except (NotSent, NoAnswer):
                    pass
                time.sleep(0.02)
            else:
                self.kill()
                raise RuntimeError(f"the server did not answer /healthz within {timeout:.0f} s"
                                   f"\n{self.log_tail()}")
            # It exited (for instance the port was not free yet after a kill): try again.
            time.sleep(0.5)
        raise RuntimeError(f"the server exited at start (code {self.proc.returncode})"
                           f"\n{self.log_tail()}")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc:
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self, lines: int = 30) -> str:
        try:
            with open(self.log_path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return ""
        return "server log (last lines):\n" + "\n".join(text.splitlines()[-lines:])


# --------------------------------------------------------------------------------------------
# What was sent


class Write:
    """One request that writes, with what it sent and what came of it."""

    __slots__ = ("seq", "client", "op", "marker", "payload", "target", "outcome", "status",
                 "answer", "item_id", "index", "settled_at")

    def __init__(self, seq, client, op, marker, payload, target=None):
        self.seq = seq
        self.client = client
        self.op = op            # status, blog, comment, edit, like
        self.marker = marker    # None for likes
        self.payload = payload
        self.target = target    # the item edited, commented or liked
        self.outcome = "pending"  # acked, refused, unknown, not_sent
        self.status = None
        self.answer = None
        self.item_id = None     # the id answered (creates and comments)
        self.settled_at = 0.0   # when its answer came (monotonic)
        self.index = None       # an edit's place in its item's versions (create = 0)

    def describe(self) -> str:
        what = self.marker or f"like of {self.target}"
        return f"{self.op} {what} by person {self.client}"


class Registry:
    def __init__(self):
        self.lock = threading.Lock()
        self.writes: list[Write] = []
        self.by_marker: dict[str, Write] = {}
        # Acknowledged threads (status updates, blog posts): id -> list of version writes,
        # the create first, then every edit sent (whatever came of it).
        self.threads: dict[object, list[Write]] = {}
        self.thread_owner: dict[object, int] = {}
        self.likes: dict[tuple[int, object], list[Write]] = collections.defaultdict(list)
        self.in_flight = 0
        self.counts = collections.Counter()

    def add(self, w: Write) -> None:
        with self.lock:
            self.writes.append(w)
            if w.marker:
                self.by_marker[w.marker] = w
            if w.op == "edit":
                versions = self.threads[w.target]
                w.index = len(versions)
                versions.append(w)
            if w.op == "like":
                self.likes[(w.client, w.target)].append(w)
            self.in_flight += 1

    def settle(self, w: Write, outcome: str, status=None, answer=None) -> None:
        with self.lock:
            w.outcome = outcome
            w.status = status
            w.answer = answer
            w.settled_at = time.monotonic()
            self.in_flight -= 1
            self.counts[(w.op, outcome)] += 1
            if outcome == "acked" and w.op in ("status", "blog", "comment"):
                w.item_id = answer.get("id") if isinstance(answer, dict) else None
                if w.op in ("status", "blog") and w.item_id is not None:
                    w.index = 0
                    self.threads[w.item_id] = [w]
                    self.thread_owner[w.item_id] = w.client

    def pick_thread(self, rng: random.Random, owner: int | None = None,
                    not_owner: int | None = None):
        with self.lock:
            ids = [i for i, c in self.thread_owner.items()
                   if (owner is None or c == owner) and (not_owner is None or c != not_owner)]
            if not ids:
                return None
            # Favour recent threads so that items are written to again while hot.
            recent = ids[-50:]
            return rng.choice(recent if rng.random() < 0.7 else ids)

    def thread_kind(self, item_id) -> str:
        with self.lock:
            return self.threads[item_id][0].op


# --------------------------------------------------------------------------------------------
# Clients


def text_of(rng: random.Random, length: int) -> str:
    """Words with single spaces and the odd paragraph break, about `length` characters."""
    out: list[str] = []
    n = 0
    while n < length:
        word = rng.choice(WORDS)
        sep = "\n\n" if out and rng.random() < 0.04 else " "
        piece = (sep if out else "") + word
        out.append(piece)
        n += len(piece)
    return "".join(out)


def body_with(marker: str, rng: random.Random, limit: int, low: int = 20) -> str:
    head = f"{marker} "
    tail = f" end-{marker}"
    room = limit - len(head) - len(tail) - 20
    middle = text_of(rng, rng.randint(min(low, room), room))
    text = (head + middle + tail)
    assert len(text) <= limit, len(text)
    return text


class Person:
    """A demo person the clients write as: their session, their markers, their rate limit."""

    def __init__(self, index: int, email: str, api: Api, run_id: str, stop: threading.Event):
        self.index = index
        self.email = email
        self.api = api
        self.run_id = run_id
        self.stop_event = stop
        self.cookie: str | None = None
        self.user_id = None
        self.seq = 0
        self.relogins = 0
        self.rate_limited = 0
        self.blocked_until = 0.0  # after a 429, until Retry-After has passed

    def login(self) -> None:
        deadline = time.monotonic() + RESTART_TIMEOUT
        while not self.stop_event.is_set():
            try:
                self.cookie, self.user_id = self.api.login(self.email)
                return
            except (NotSent, NoAnswer) as e:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"login {self.email}: no answer ({e!r})") from e
                time.sleep(0.05)

    def next_marker(self) -> str:
        self.seq += 1
        # One word (letters and digits), so that search finds the write by it.
        return f"ct{self.run_id}x{self.index}x{self.seq}"


class Client(threading.Thread):
    """One writing connection after another, as fast as answered, for a few people in turn.

    The server limits each person's writes (a token bucket, 429 with Retry-After); a client
    writes as someone else meanwhile, so that writes are in flight whenever the server dies."""

    def __init__(self, index: int, people: list[Person], api: Api, registry: Registry,
                 run_id: str, stop: threading.Event, failures: list, seed: int):
        super().__init__(name=f"client-{index}", daemon=True)
        self.index = index
        self.people = people
        self.api = api
        self.registry = registry
        self.run_id = run_id
        self.stop_event = stop
        self.failures = failures
        self.rng = random.Random(seed)
        self.unexpected: list[str] = []

    def pick_person(self) -> Person:
        now = time.monotonic()
        free = [p for p in self.people if p.blocked_until <= now]
        if free:
            return self.rng.choice(free)
        first = min(self.people, key=lambda p: p.blocked_until)
        time.sleep(max(0.0, min(first.blocked_until - now, 5.0)))
        return first

    def make_write(self, person: Person) -> tuple[Write, str]:
        rng = self.rng
        reg = self.registry
        roll = rng.random()
        if roll < 0.35:
            op = "status"
        elif roll < 0.60:
            op = "blog"
        elif roll < 0.78:
            op = "comment"
        elif roll < 0.90:
            op = "edit"
        else:
            op = "like"
        target = None
        if op == "comment":
            target = reg.pick_thread(rng)
        elif op == "edit":
            target = reg.pick_thread(rng, owner=person.index)
        elif op == "like":
            target = reg.pick_thread(rng, not_owner=person.index)
        if op in ("comment", "edit", "like") and target is None:
            op = "status"
        lang = rng.choice(LANGS)
        if op == "status":
            marker = person.next_marker()
            payload = {"text": body_with(marker, rng, 1000), "lang": lang}
            return Write(person.seq, person.index, op, marker, payload), "/api/status/create"
        if op == "blog":
            marker = person.next_marker()
            payload = {
                "title": f"{marker} {text_of(rng, rng.randint(5, 80))}".replace("\n\n", " "),
                "body": body_with(marker, rng, rng.choice([600, 3000, 12000])),
                "lang": lang,
                "tags": rng.sample(TAG_POOL, rng.randint(1, 3)) + [f"run-{self.run_id}"],
                "published": True,
            }
            return Write(person.seq, person.index, op, marker, payload), "/api/blogs/posts/create"
        if op == "comment":
            marker = person.next_marker()
            payload = {"target_id": target, "body": body_with(marker, rng, 2000), "lang": lang}
            return (Write(person.seq, person.index, op, marker, payload, target),
                    "/api/comments/create")
        if op == "edit":
            marker = person.next_marker()
            if reg.thread_kind(target) == "status":
                payload = {"id": target, "body": body_with(marker, rng, 1000)}
            else:
                payload = {
                    "id": target,
                    "title": f"{marker} edited {text_of(rng, rng.randint(5, 60))}"
                    .replace("\n\n", " "),
                    "body": body_with(marker, rng, rng.choice([600, 5000])),
                    "tags": rng.sample(TAG_POOL, rng.randint(0, 3)),
                }
            return (Write(person.seq, person.index, op, marker, payload, target),
                    "/api/content/update")
        payload = {"target_id": target}
        return Write(person.seq, person.index, "like", None, payload, target), "/api/likes/toggle"

    def run(self) -> None:
        try:
            self.loop()
        except Exception as e:  # noqa: BLE001 - reported as a failure of the test itself
            self.failures.append(f"client {self.index} crashed: {e!r}")
            self.stop_event.set()

    def loop(self) -> None:
        reg = self.registry
        while not self.stop_event.is_set():
            person = self.pick_person()
            w, path = self.make_write(person)
            reg.add(w)
            try:
                resp = self.api.request("POST", path, w.payload, cookie=person.cookie)
            except NotSent:
                reg.settle(w, "not_sent")
                # The server is down; when it is back its rate limits start afresh.
                for p in self.people:
                    p.blocked_until = 0.0
                time.sleep(0.02)
                continue
            except NoAnswer as e:
                reg.settle(w, "unknown", answer=repr(e))
                for p in self.people:
                    p.blocked_until = 0.0
                continue
            if resp.status == 200:
                reg.settle(w, "acked", 200, resp.json)
                continue
            reg.settle(w, "refused", resp.status, resp.json)
            code = resp.code()
            if resp.status == 401:
                person.relogins += 1
                person.login()
            elif resp.status == 429:
                person.rate_limited += 1
                try:
                    wait = float(resp.headers.get("Retry-After") or 1)
                except ValueError:
                    wait = 1.0
                person.blocked_until = time.monotonic() + min(max(wait, 0.1), 5.0)
            elif resp.status == 503:
                time.sleep(0.1)
            else:
                self.unexpected.append(f"{w.describe()}: {resp.status} {code} "
                                       f"{resp.raw[:300].decode('utf-8', 'replace')}")
                if len(self.unexpected) >= 20:
                    self.failures.append(
                        f"client {self.index}: 20 writes refused unexpectedly, the first: "
                        f"{self.unexpected[0]}")
                    self.stop_event.set()
                    return
                time.sleep(0.05)


# --------------------------------------------------------------------------------------------
# Reading back


class Checker:
    def __init__(self, api: Api, registry: Registry, people: list[Person], run_id: str,
                 baseline: dict[int, set]):
        self.api = api
        self.reg = registry
        self.people = people
        self.run_id = run_id
        self.baseline = baseline
        self.problems: list[str] = []
        self.marker_re = re.compile(r"\bct" + re.escape(run_id) + r"x\d+x\d+\b")
        self.intact = 0
        self.unknown_stored = 0
        self.found_items: dict[object, dict] = {}   # id -> item as its author reads it
        self.marker_seen: dict[str, object] = {}    # current-version marker -> item id
        self.comments_by_thread: dict[object, list[dict]] = {}
        self.kill_times: list[float] = []           # when the server was killed (monotonic)
        self.searched = 0
        self.searched_near_kills = 0
        self.search_seconds = 0.0

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def get(self, client: Person, path: str, **params) -> Response:
        for _ in range(3):
            resp = self.api.get(path, cookie=client.cookie, **params)
            if resp.status == 401:
                client.relogins += 1
                client.login()
                continue
            return resp
        return resp

    def item(self, client: Person, item_id) -> dict | None:
        resp = self.get(client, "/api/content/get", id=item_id)
        if resp.status == 404:
            return None
        if resp.status != 200:
            raise RuntimeError(f"GET /api/content/get?id={item_id}: {resp.status} {resp.raw[:200]!r}")
        return resp.json

    def scan_person(self, client: Person) -> list:
        ids = []
        cursor = None
        while True:
            params = {"user_id": client.user_id, "all_languages": "true"}
            if cursor:
                params["cursor"] = cursor
            resp = self.get(client, "/api/stream/person", **params)
            if resp.status != 200:
                raise RuntimeError(f"GET /api/stream/person: {resp.status} {resp.raw[:200]!r}")
            ids.extend(line["id"] for line in resp.json["items"])
            cursor = resp.json.get("next_cursor")
            if not cursor:
                return ids

    # What a write's item must look like.
    def expected_fields(self, w: Write) -> dict:
        p = w.payload
        if w.op == "status":
            return {"kind": "status", "body": p["text"], "lang": p["lang"]}
        if w.op == "blog":
            return {"kind": "blog_post", "title": p["title"], "body": p["body"],
                    "lang": p["lang"], "tags": sorted(p["tags"])}
        if w.op == "comment":
            return {"kind": "comment", "body": p["body"], "lang": p["lang"],
                    "parent_id": w.target, "thread_id": w.target}
        raise AssertionError(w.op)

    def compare(self, what: str, item: dict, expected: dict, marker: str) -> bool:
        ok = True
        for key, want in expected.items():
            got = item.get(key)
            if key == "tags":
                got = sorted(got or [])
            if got != want:
                if isinstance(got, str) and isinstance(want, str):
                    same = len(os.path.commonprefix([got, want]))
                    self.problem(f"{what}: half-written or wrong: {key} has {len(got)} "
                                 f"characters, {len(want)} were sent; they differ from "
                                 f"character {same}: {short(got[same:], 60)} instead of "
                                 f"{short(want[same:], 60)}")
                else:
                    self.problem(f"{what}: half-written or wrong: {key} is {short(got)}, "
                                 f"sent {short(want)}")
                ok = False
        html = item.get("body_html") or ""
        if marker not in html or f"end-{marker}" not in html:
            self.problem(f"{what}: body_html is incomplete: {short(html)}")
            ok = False
        if not item.get("published", False):
            self.problem(f"{what}: not published")
            ok = False
        return ok

    def thread_state(self, item_id, item: dict, author: Client) -> tuple[bool, int | None]:
        """Checks a thread (with its edits) against what was sent; returns (ok, version index
        of the text found)."""
        versions = self.reg.threads[item_id]
        create = versions[0]
        what = f"{create.op} {item_id} ({create.marker})"
        marker_match = self.marker_re.search(item.get("body") or "")
        current = self.reg.by_marker.get(marker_match.group(0)) if marker_match else None
        if current is None or current not in versions:
            self.problem(f"{what}: its text is none of the versions sent: "
                         f"{short(item.get('body'))}")
            return False, None
        j = current.index
        if current.outcome not in ("acked", "unknown"):
            self.problem(f"{what}: shows edit {current.marker}, which was answered "
                         f"{current.status} ({current.outcome})")
            return False, j
        last_acked = max(v.index for v in versions if v.outcome == "acked")
        if j < last_acked:
            lost = versions[last_acked]
            self.problem(f"{what}: LOST acknowledged edit {lost.marker}: the text is still "
                         f"version {j} ({current.marker})")
            return False, j
        # Expected fields: the create's, overridden by every edit up to j that applied; the
        # text, title and tags of version j are the edit's own.
        expected = {"kind": "status" if create.op == "status" else "blog_post",
                    "lang": create.payload["lang"], "author_id": author.user_id,
                    "community_slug": None, "parent_id": None}
        if create.op == "status":
            expected["body"] = current.payload["text"] if j == 0 else current.payload["body"]
        else:
            expected["body"] = current.payload["body"]
            expected["title"] = current.payload["title"]
            expected["tags"] = sorted(current.payload["tags"])
        item = dict(item)
        item["author_id"] = (item.get("author") or {}).get("id")
        ok = self.compare(what, item, expected, current.marker)
        acked_before = sum(1 for v in versions[1:j + 1] if v.outcome == "acked")
        unknown_before = sum(1 for v in versions[1:j + 1] if v.outcome == "unknown")
        low = 1 + acked_before + (0 if j == 0 or current.outcome == "acked" else 1)
        high = 1 + acked_before + unknown_before
        version = item.get("version")
        if not (isinstance(version, int) and low <= version <= high):
            self.problem(f"{what}: version is {version}, the edits answered and sent allow "
                         f"{low}..{high}")
            ok = False
        if j > 0 and not item.get("edited_at"):
            self.problem(f"{what}: edited (version {j}) but edited_at is empty")
            ok = False
        return ok, j

    def run(self) -> None:
        reg = self.reg
        by_index = {c.index: c for c in self.people}
        by_user = {c.user_id: c for c in self.people}

        # 1. Everything the clients' people wrote since the start, found by listing.
        for client in self.people:
            for item_id in self.scan_person(client):
                if item_id in self.baseline[client.index]:
                    continue
                item = self.item(client, item_id)
                if item is None:
                    self.problem(f"item {item_id} is listed but cannot be read")
                    continue
                self.found_items[item_id] = item
                self.check_found(item_id, item, client)

        # 2. Comments under those threads.
        for item_id in list(self.found_items):
            owner = by_index.get(reg.thread_owner.get(item_id))
            if owner is None:
                continue
            resp = self.get(owner, "/api/content/thread", id=item_id)
            if resp.status != 200:
                self.problem(f"thread {item_id}: GET /api/content/thread {resp.status}")
                continue
            thread = resp.json
            comments = thread.get("comments") or []
            self.comments_by_thread[item_id] = comments
            if not thread.get("truncated") and thread.get("comment_count") != len(comments):
                self.problem(f"thread {item_id}: comment_count {thread.get('comment_count')} "
                             f"but {len(comments)} comments")
            for c in comments:
                self.check_found_comment(item_id, c, by_user)

        # 3. The tag every blog post was created with: its list holds exactly the posts that
        # carry it now (creates and edits write the item and its tags together).
        run_tag = f"run-{self.run_id}"
        tagged = {i for i, it in self.found_items.items() if run_tag in (it.get("tags") or [])}
        listed, cursor = [], None
        while True:
            params = {"tag": run_tag, "all_languages": "true"}
            if cursor:
                params["cursor"] = cursor
            resp = self.get(self.people[0], "/api/stream/tag", **params)
            if resp.status == 404 and not tagged:
                break
            if resp.status != 200:
                self.problem(f"GET /api/stream/tag?tag={run_tag}: {resp.status}")
                break
            listed.extend(line["id"] for line in resp.json["items"])
            cursor = resp.json.get("next_cursor")
            if not cursor:
                break
        if set(listed) != tagged or len(listed) != len(set(listed)):
            extra = sorted(set(listed) - tagged)[:5]
            missing = sorted(tagged - set(listed))[:5]
            self.problem(f"the tag {run_tag} lists {len(listed)} items, {len(tagged)} carry it "
                         f"(listed, not carrying it: {extra}; carrying it, not listed: "
                         f"{missing})")

        # 4. Every acknowledged write, read back by id as its author.
        acked = [w for w in reg.writes if w.outcome == "acked"]
        for w in acked:
            if w.op == "like":
                continue
            author = by_index[w.client]
            if w.op in ("status", "blog"):
                if w.item_id not in self.found_items:
                    item = self.item(author, w.item_id)
                    if item is None:
                        self.problem(f"LOST: {w.describe()} answered 200 with id {w.item_id}, "
                                     f"now 404")
                        continue
                    self.found_items[w.item_id] = item
                    self.problem(f"{w.describe()}: id {w.item_id} readable but missing from "
                                 f"its author's stream")
                ok, _ = self.thread_state(w.item_id, self.found_items[w.item_id], author)
                if ok:
                    self.intact += 1
            elif w.op == "comment":
                item = self.item(author, w.item_id)
                if item is None:
                    self.problem(f"LOST: {w.describe()} answered 200 with id {w.item_id}, "
                                 f"now 404")
                    continue
                item = dict(item)
                item["author_id"] = (item.get("author") or {}).get("id")
                expected = self.expected_fields(w)
                expected["author_id"] = author.user_id
                if self.compare(f"comment {w.item_id} ({w.marker})", item, expected, w.marker):
                    self.intact += 1
            elif w.op == "edit":
                item = self.found_items.get(w.target) or self.item(author, w.target)
                if item is None:
                    self.problem(f"LOST: the item of acknowledged {w.describe()} "
                                 f"({w.target}) is gone")
                    continue
                ok, j = self.thread_state(w.target, item, author)
                if ok and j is not None and j >= w.index:
                    self.intact += 1

        # 5. Likes: the answers must follow each other, and the end state must be the last
        # answer's.
        like_ok = self.check_likes(by_index)
        self.intact += sum(len([w for w in ws if w.outcome == "acked"])
                           for key, ws in reg.likes.items() if like_ok.get(key))

        # 6. Search finds what is stored.
        t_search = time.monotonic()
        self.check_search(by_index)
        self.search_seconds = time.monotonic() - t_search

    def search_ids(self, client: Person, marker: str) -> list | None:
        """The ids search answers for a marker, as `client`; None when refused."""
        for _ in range(20):
            resp = self.get(client, "/api/search", q=marker, all_languages="true")
            if resp.status == 429:
                time.sleep(min(float(resp.headers.get("Retry-After") or 1), 5.0))
                continue
            if resp.status != 200:
                self.problem(f"GET /api/search?q={marker}: {resp.status} {short(resp.raw)}")
                return None
            return [h.get("id") for h in resp.json.get("hits") or []]
        self.problem(f"GET /api/search?q={marker}: still 429 after 20 tries")
        return None

    def check_search(self, by_index: dict) -> None:
        """The last writes answered in the 0.3 s before each kill (the likeliest to have died
        with the server before its indexer read them) and a sample of the others are found by
        their marker, as their writer, once the restarted server's indexer has caught up:
        the outbox is written in the same transaction as the write, so a kill loses nothing
        the index should hold."""
        reg = self.reg
        # Each stored thing's current marker, its id and who wrote that version.
        current: dict[str, tuple[object, Person, float]] = {}
        texts = [(i, it.get("body") or "") for i, it in self.found_items.items()]
        texts += [(c.get("id"), c.get("body") or "")
                  for cs in self.comments_by_thread.values() for c in cs]
        for item_id, body in texts:
            m = self.marker_re.search(body)
            w = reg.by_marker.get(m.group(0)) if m else None
            if w is not None and w.outcome == "acked":
                current[w.marker] = (item_id, by_index[w.client], w.settled_at)
        # Per kill, the last writes answered before it (at most NEAR_PER_KILL, within 0.3 s):
        # all of them would be thousands of searches, most waiting out the search limits.
        near_set: set[str] = set()
        for kill in self.kill_times:
            before = sorted(((at, k) for k, (_, _, at) in current.items()
                             if 0.0 <= kill - at <= 0.3), reverse=True)
            near_set.update(k for _, k in before[:NEAR_PER_KILL])
        near = sorted(near_set)
        rest = sorted(set(current) - set(near))
        sample = near + random.Random(len(current)).sample(rest, min(100, len(rest)))
        for n, marker in enumerate(sample):
            item_id, writer, _ = current[marker]
            # The first waits for the restarted indexer to catch up; then it keeps up.
            deadline = time.monotonic() + (60.0 if n == 0 else 10.0)
            while True:
                ids = self.search_ids(writer, marker)
                if ids is None:
                    break
                if item_id in ids:
                    self.searched += 1
                    self.searched_near_kills += marker in near
                    break
                if time.monotonic() > deadline:
                    self.problem(f"search does not find {marker} (id {item_id}) by its "
                                 f"marker: {ids[:5]}")
                    break
                time.sleep(0.2)

    def check_found(self, item_id, item: dict, client: Person) -> None:
        """An item the client's person has written since the start: it must be one sent."""
        reg = self.reg
        body = item.get("body") or ""
        m = self.marker_re.search(body)
        if not m:
            self.problem(f"item {item_id} by {client.email} carries no marker of this run: "
                         f"{short(body)}")
            return
        w = reg.by_marker.get(m.group(0))
        if w is None:
            self.problem(f"item {item_id}: marker {m.group(0)} was never sent")
            return
        create = w if w.op in ("status", "blog") else None
        if w.op == "edit":
            if w.target != item_id:
                self.problem(f"item {item_id} shows edit {w.marker} meant for {w.target}")
                return
            return  # an acknowledged thread: checked with its acknowledged create
        if create is None:
            self.problem(f"item {item_id} ({w.marker}) is a {item.get('kind')}, sent as "
                         f"{w.op}")
            return
        if w.outcome == "acked":
            if w.item_id != item_id:
                self.problem(f"item {item_id} carries {w.marker}, answered with id "
                             f"{w.item_id} (a duplicate?)")
            return  # checked in step 3
        if w.outcome != "unknown":
            self.problem(f"item {item_id}: {w.describe()} was answered {w.status} "
                         f"({w.outcome}) but is stored")
            return
        # A create whose answer was lost, and it was stored: it must be whole.
        if w.marker in self.marker_seen:
            self.problem(f"{w.marker} stored twice: {self.marker_seen[w.marker]} and {item_id}")
            return
        self.marker_seen[w.marker] = item_id
        expected = self.expected_fields(w)
        if self.compare(f"item {item_id} ({w.marker}, answer lost)", item, expected, w.marker):
            self.unknown_stored += 1

    def check_found_comment(self, thread_id, c: dict, by_user: dict) -> None:
        reg = self.reg
        body = c.get("body") or ""
        m = self.marker_re.search(body)
        cid = c.get("id")
        if not m:
            self.problem(f"comment {cid} under {thread_id} carries no marker: {short(body)}")
            return
        w = reg.by_marker.get(m.group(0))
        if w is None or w.op != "comment":
            self.problem(f"comment {cid}: marker {m.group(0)} was never sent as a comment")
            return
        if w.target != thread_id:
            self.problem(f"comment {cid} ({w.marker}) is under {thread_id}, sent to {w.target}")
        if w.marker in self.marker_seen and self.marker_seen[w.marker] != cid:
            self.problem(f"{w.marker} stored twice: {self.marker_seen[w.marker]} and {cid}")
            return
        self.marker_seen[w.marker] = cid
        author = (c.get("author") or {}).get("id")
        if by_user.get(author) is None or by_user[author].index != w.client:
            self.problem(f"comment {cid} ({w.marker}): author {author}, sent by "
                         f"person {w.client}")
        if w.outcome == "acked":
            if w.item_id != cid:
                self.problem(f"comment {cid} carries {w.marker}, answered with id {w.item_id}")
            return  # read back in step 3
        if w.outcome != "unknown":
            self.problem(f"comment {cid}: {w.describe()} was answered {w.status} "
                         f"({w.outcome}) but is stored")
            return
        expected = self.expected_fields(w)
        if self.compare(f"comment {cid} ({w.marker}, answer lost)", c, expected, w.marker):
            self.unknown_stored += 1

    def check_likes(self, by_index: dict) -> dict:
        ok_pairs = {}
        counted_items = set()
        for (client_index, item_id), ws in self.reg.likes.items():
            client = by_index[client_index]
            ok = True
            state = None  # True/False when known, None when unknown
            # Before the first toggle the person had not liked it (a fresh item).
            state = False
            for w in ws:
                if w.outcome == "acked":
                    liked = bool(w.answer.get("liked")) if isinstance(w.answer, dict) else None
                    if state is not None and liked == state:
                        self.problem(f"LOST like toggle: person {client_index} on {item_id}: "
                                     f"two answered toggles in a row both say liked={liked}")
                        ok = False
                    state = liked
                elif w.outcome == "unknown":
                    state = None
            item = self.item(client, item_id)
            if item is None:
                self.problem(f"liked item {item_id} is gone")
                ok_pairs[(client_index, item_id)] = False
                continue
            if state is not None and item.get("liked_by_me") != state:
                self.problem(f"LOST like toggle: person {client_index} on {item_id}: the last "
                             f"answer said liked={state}, now liked_by_me="
                             f"{item.get('liked_by_me')}")
                ok = False
            if item_id not in counted_items:
                counted_items.add(item_id)
                resp = self.get(client, "/api/likes/list", target_id=item_id)
                if resp.status == 200:
                    count = resp.json.get("count")
                    if count != item.get("like_count") or count != len(resp.json["items"]):
                        self.problem(f"item {item_id}: like_count {item.get('like_count')}, "
                                     f"likes/list count {count}, {len(resp.json['items'])} "
                                     f"people listed")
                        ok = False
                else:
                    self.problem(f"GET /api/likes/list?target_id={item_id}: {resp.status}")
            ok_pairs[(client_index, item_id)] = ok
        return ok_pairs


def short(value, n: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= n else text[:n] + "…"


# --------------------------------------------------------------------------------------------


# How many of the writes answered just before a kill are searched for, per kill.
NEAR_PER_KILL = 12


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs (default 20)")
    parser.add_argument("--clients", type=int, default=4,
                        help="writing threads (default 4)")
    parser.add_argument("--people", type=int, default=16,
                        help="demo people the clients write as, in turn (default 16)")
    parser.add_argument("--min-gap", type=float, default=0.2)
    parser.add_argument("--max-gap", type=float, default=1.5)
    parser.add_argument("--engine", choices=["auto", "sqlite", "postgres"], default="auto",
                        help="auto: PostgreSQL when GEMENSKAP_TEST_POSTGRES_URL is set")
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gemenskap"))
    parser.add_argument("--seed", type=int, default=None, help="random seed (printed)")
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    args = parser.parse_args()
    if not 1 <= args.people <= len(DEMO_PEOPLE):
        parser.error(f"--people must be 1..{len(DEMO_PEOPLE)}")
    if not 1 <= args.clients <= args.people:
        parser.error("--clients must be 1..--people")
    if not os.access(args.binary, os.X_OK):
        print(f"crash test: {args.binary} is missing (make build)", file=sys.stderr)
        return 2

    pg_url = os.environ.get("GEMENSKAP_TEST_POSTGRES_URL", "").strip()
    if args.engine == "postgres" and not pg_url:
        print("crash test: --engine postgres needs GEMENSKAP_TEST_POSTGRES_URL "
              "(run under scripts/with-postgres.sh)", file=sys.stderr)
        return 2
    engine = "postgresql" if (args.engine == "postgres" or (args.engine == "auto" and pg_url)) \
        else "sqlite"
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    run_id = f"{rng.randrange(16**6):06x}"

    t_start = time.monotonic()
    tmp = tempfile.mkdtemp(prefix="gemenskap-crash.")
    data_dir = os.path.join(tmp, "data")
    os.makedirs(data_dir)
    database = None
    if engine == "postgresql":
        database = PostgresDatabase(pg_url)
        database.create()
    port = free_port()
    server = Server(args.binary, port, data_dir, database.url if database else None,
                    os.path.join(tmp, "server.log"))
    log(f"==> crash test ({engine}): seed {seed}, port {port}, data in {tmp}"
        + (f", database {database.name}" if database else ""))

    stop = threading.Event()
    failures: list[str] = []
    clients: list[Client] = []
    people: list[Person] = []
    registry = Registry()
    kills = 0
    kills_in_flight = 0
    restart_times: list[float] = []
    kill_times: list[float] = []
    ok = False
    try:
        first = server.start(STARTUP_TIMEOUT)
        log(f"    first start (with the demo seeded) took {first:.1f} s")
        api = server.api
        people = [Person(i, DEMO_PEOPLE[i], api, run_id, stop) for i in range(args.people)]
        for person in people:
            person.login()
        for i in range(args.clients):
            clients.append(Client(i, people[i::args.clients], api, registry, run_id, stop,
                                  failures, rng.randrange(2**32)))
        checker_pre = Checker(api, registry, people, run_id, {})
        baseline = {p.index: set(checker_pre.scan_person(p)) for p in people}

        for c in clients:
            c.start()
        # Let the clients get going before the first kill.
        time.sleep(1.0)
        while kills < args.kills and not stop.is_set():
            time.sleep(rng.uniform(args.min_gap, args.max_gap))
            # Kill while some write is on its way (each client has one in flight nearly all
            # the time; wait at most a second for one).
            wait_until = time.monotonic() + 1.0
            while True:
                with registry.lock:
                    in_flight = registry.in_flight
                if in_flight or time.monotonic() > wait_until:
                    break
                time.sleep(0.001)
            kill_times.append(time.monotonic())
            server.kill()
            kills += 1
            kills_in_flight += 1 if in_flight else 0
            restart_times.append(server.start(RESTART_TIMEOUT))
        # A last stretch of writing on the restarted server, then stop the clients.
        time.sleep(1.0)
        stop.set()
        for c in clients:
            c.join(timeout=60)
            if c.is_alive():
                failures.append(f"client {c.index} did not stop")
        if failures:
            for f in failures:
                log(f"crash test ({engine}): {f}")
            log(server.log_tail())
            return 1

        t_check = time.monotonic()
        checker = Checker(api, registry, people, run_id, baseline)
        checker.kill_times = kill_times
        checker.run()
        t_done = time.monotonic()

        counts = registry.counts
        acked = sum(n for (op, outcome), n in counts.items() if outcome == "acked")
        unknown = sum(n for (op, outcome), n in counts.items() if outcome == "unknown")
        refused = sum(n for (op, outcome), n in counts.items() if outcome == "refused")
        by_op = ", ".join(f"{op} {counts[(op, 'acked')]}"
                          for op in ("status", "blog", "comment", "edit", "like"))
        elapsed = time.monotonic() - t_start
        unexpected = [u for c in clients for u in c.unexpected]
        unknown_created = sum(counts[(op, "unknown")] for op in ("status", "blog", "comment"))
        log(f"    acknowledged: {by_op}; answers lost to kills: {unknown} "
            f"(of {unknown_created} creates, {checker.unknown_stored} stored whole, "
            f"{unknown_created - checker.unknown_stored} not stored); "
            f"refused: {refused} (429: {sum(p.rate_limited for p in people)}, "
            f"unexpected: {len(unexpected)}); re-logins: {sum(p.relogins for p in people)}")
        if restart_times:
            log(f"    kills with writes in flight: {kills_in_flight} of {kills}; restart "
                f"{sum(restart_times) / len(restart_times):.2f} s on average, "
                f"{max(restart_times):.2f} s at most; {elapsed:.0f} s in all: writing and "
                f"killing {t_check - t_start:.0f} s, reading back {t_done - t_check - checker.search_seconds:.0f} s, "
                f"searching {checker.search_seconds:.0f} s")
        for u in unexpected[:3]:
            log(f"    refused unexpectedly: {u}")
        log(f"    search found {checker.searched} writes by their marker, "
            f"{checker.searched_near_kills} of them answered in the 0.3 s before a kill")
        problems = checker.problems
        if checker.searched_near_kills == 0:
            problems.append("no write answered just before a kill was searched for")
        if acked == 0:
            problems.append("no write was acknowledged: nothing was tested")
        if kills < args.kills:
            problems.append(f"only {kills} kills of {args.kills}")
        log(f"crash test ({engine}): {kills} kills, {acked} acknowledged writes, "
            f"{checker.intact} found intact")
        if problems or checker.intact != acked:
            log(f"crash test ({engine}): FAILED, {len(problems)} problems (seed {seed}):")
            for p in problems[:10]:
                log(f"  - {p}")
            if len(problems) > 10:
                log(f"  … and {len(problems) - 10} more")
            return 1
        ok = True
        return 0
    except Exception as e:  # noqa: BLE001
        log(f"crash test ({engine}): error: {e}")
        return 1
    finally:
        stop.set()
        server.stop()
        if database is not None and (ok or not args.keep):
            database.drop()
        if ok and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            log(f"    kept {tmp} (server.log, data)")


if __name__ == "__main__":
    sys.exit(main())
