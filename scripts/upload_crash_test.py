#!/usr/bin/env python3
"""Upload crash test: a server killed during an upload leaves no half file anywhere.

Starts the release server (`serve --demo`) on a fresh database and data directory; Anna
creates a project community and uploads files of 4-24 MB, streamed in pieces, while the
server is killed with SIGKILL at a random moment of each upload (while the bytes arrive, or
after the last byte, while the server stores it) and restarted on the same data, `--kills`
times. After each restart:
- the temporary upload directory is empty (the start removes what was left);
- every stored blob's SHA-256 is its name (no blob is a half file);
- an upload that was answered 200 is listed and downloads whole; one whose answer never
  came is either not listed, or listed and whole: never listed and broken;
- the community's quota counts exactly the files listed.
A last upload after the drill must succeed. Exits non-zero on any problem.

SQLite by default; PostgreSQL when GEMENSKAP_TEST_POSTGRES_URL is set and `--engine postgres`
(scripts/with-postgres.sh sets it). Standard library only; shares the crash test's server
and database helpers.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import random
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crash_test import (  # noqa: E402
    ROOT, RESTART_TIMEOUT, STARTUP_TIMEOUT, NoAnswer, NotSent, PostgresDatabase, Server,
    free_port, log,
)

CHUNK = 256 * 1024


def upload(port: int, cookie: str, slug: str, name: str, data: bytes, pace: float,
           outcome: dict) -> None:
    """Streams a multipart upload in pieces, `pace` seconds apart; records the answer (or
    that none came) in `outcome`."""
    boundary = "gemenskap-crash-" + hashlib.sha256(name.encode()).hexdigest()[:16]
    head = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"community_slug\"\r\n\r\n"
        f"{slug}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
        f"filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.putrequest("POST", "/api/files/upload")
        conn.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
        conn.putheader("Content-Length", str(len(head) + len(data) + len(tail)))
        conn.putheader("Origin", f"http://127.0.0.1:{port}")
        conn.putheader("Accept", "application/json")
        conn.putheader("Cookie", f"gemenskap_session={cookie}")
        conn.endheaders()
        conn.send(head)
        for i in range(0, len(data), CHUNK):
            conn.send(data[i:i + CHUNK])
            time.sleep(pace)
        conn.send(tail)
        outcome["sent"] = True
        resp = conn.getresponse()
        outcome["status"] = resp.status
        outcome["body"] = resp.read()
    except (OSError, http.client.HTTPException) as e:
        outcome["error"] = str(e)
    finally:
        conn.close()


def files_listed(api, cookie: str, slug: str, problems: list[str]) -> dict[str, dict]:
    resp = api.get("/api/files/list", cookie=cookie, community_slug=slug)
    if resp.status != 200:
        raise RuntimeError(f"listing: {resp.status} {resp.raw[:200]!r}")
    files = {f["name"]: f for f in resp.json["files"]}
    used = (resp.json.get("quota") or {}).get("used_bytes")
    listed = sum(f["size"] for f in files.values())
    if used != listed:
        problems.append(f"the quota counts {used} bytes, the files listed hold {listed}")
    return files


def download(api, cookie: str, path: str) -> bytes | None:
    resp = api.request("GET", path, cookie=cookie, timeout=120)
    return resp.raw if resp.status == 200 else None


def check_store(files_dir: str, problems: list[str]) -> int:
    tmp = os.path.join(files_dir, "tmp")
    left = os.listdir(tmp) if os.path.isdir(tmp) else []
    if left:
        problems.append(f"temporary files left after a restart: {left[:3]}")
    blobs = 0
    for root, _, names in os.walk(os.path.join(files_dir, "blobs")):
        for name in names:
            blobs += 1
            h = hashlib.sha256()
            with open(os.path.join(root, name), "rb") as f:
                for piece in iter(lambda: f.read(1 << 20), b""):
                    h.update(piece)
            if h.hexdigest() != name:
                problems.append(f"blob {name} holds other bytes (a half file)")
    return blobs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--engine", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gemenskap"))
    args = parser.parse_args()
    pg_url = os.environ.get("GEMENSKAP_TEST_POSTGRES_URL")
    if args.engine == "postgres" and not pg_url:
        log("upload crash test: --engine postgres needs GEMENSKAP_TEST_POSTGRES_URL")
        return 2
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="gemenskap-upload-crash.")
    data_dir = os.path.join(tmp, "data")
    os.makedirs(data_dir)
    database = PostgresDatabase(pg_url) if args.engine == "postgres" else None
    if database:
        database.create()
    server = Server(args.binary, free_port(), data_dir, database.url if database else None,
                    os.path.join(tmp, "server.log"))
    log(f"==> upload crash test ({args.engine}): seed {seed}, data in {tmp}")
    problems: list[str] = []
    ok = False
    # One buffer of random bytes; each upload is a slice with its own first bytes.
    pool = rng.randbytes(24 * 1024 * 1024)
    try:
        server.start(STARTUP_TIMEOUT)
        api = server.api
        cookie, _ = api.login("anna.lindqvist@nordbanken.example")
        made = api.request("POST", "/api/communities/create", {
            "name": f"Upload drill {seed % 10000}", "visibility": "public",
            "template": "project", "languages": ["sv"]}, cookie=cookie)
        if made.status != 200:
            raise RuntimeError(f"community: {made.status} {made.raw[:200]!r}")
        slug = made.json["slug"]
        expected: dict[str, bytes] = {}   # answered 200: must be there, whole
        maybe: dict[str, bytes] = {}      # no answer: absent, or whole
        answered = lost = 0
        for i in range(args.kills):
            size = rng.randrange(4, 24) * 1024 * 1024
            data = i.to_bytes(4, "big") + pool[4:size]
            name = f"drill-{i}.bin"
            pieces = (size + CHUNK - 1) // CHUNK
            pace = 0.004
            # Most kills land while the bytes arrive; some after the last one, while the
            # server hashes, moves and records the file.
            kill_after = rng.uniform(0.05, 1.25) * pieces * pace
            outcome: dict = {}
            sender = threading.Thread(target=upload, args=(
                server.port, cookie, slug, name, data, pace, outcome))
            sender.start()
            time.sleep(kill_after)
            server.kill()
            sender.join(timeout=120)
            if outcome.get("status") == 200:
                expected[name] = data
                answered += 1
            elif "status" in outcome:
                problems.append(f"{name}: answered {outcome['status']} {outcome['body'][:200]!r}")
            else:
                maybe[name] = data
                lost += 1
            server.start(RESTART_TIMEOUT)
            cookie, _ = api.login("anna.lindqvist@nordbanken.example")
            check_store(os.path.join(data_dir, "files"), problems)
            listed = files_listed(api, cookie, slug, problems)
            for fname, f in listed.items():
                want = expected.get(fname, maybe.get(fname))
                if want is None:
                    problems.append(f"{fname}: listed but never sent")
                    continue
                got = download(api, cookie, f["download_path"])
                if got != want or f["size"] != len(want):
                    problems.append(f"{fname}: listed but not whole ({f['size']} of "
                                    f"{len(want)} bytes)")
            for fname in expected:
                if fname not in listed:
                    problems.append(f"{fname}: answered 200 but not listed")
        # After the drill, an upload goes through.
        outcome = {}
        upload(server.port, cookie, slug, "after.bin", pool[:1024 * 1024], 0, outcome)
        if outcome.get("status") != 200:
            problems.append(f"the upload after the drill: {outcome}")
        listed = files_listed(api, cookie, slug, problems)
        blobs = check_store(os.path.join(data_dir, "files"), problems)
        log(f"    {args.kills} kills during uploads: {answered} answered before the kill, "
            f"{lost} cut off; {len(listed)} files listed, {blobs} blobs stored, all whole")
        if problems:
            log(f"upload crash test ({args.engine}): FAILED (seed {seed}):")
            for p in problems[:10]:
                log(f"  - {p}")
            return 1
        log(f"upload crash test ({args.engine}): passed")
        ok = True
        return 0
    except (RuntimeError, NotSent, NoAnswer) as e:
        log(f"upload crash test ({args.engine}): error: {e}\n{server.log_tail()}")
        return 1
    finally:
        server.stop()
        if database is not None:
            database.drop()
        if ok:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            log(f"    kept {tmp}")


if __name__ == "__main__":
    sys.exit(main())
