#!/usr/bin/env python3
"""Memory of a serving node: RSS idle with the demo, after 10,000 requests, and at its peak
while 200 people log in at once. Starts the release binary on a fresh data directory.

    make bench-memory            (python3 bench/memory.py [--binary target/release/gemenskap])

Prints one line per figure, in MB, with the machine's core count.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time

DEMO_PASSWORD = "gemenskap-demo"
PEOPLE = [
    "anna.lindqvist", "erik.johansson", "ingrid.haugen", "katrin.mueller", "mikko.virtanen",
    "james.wilson", "ruta.kazlauskiene", "tomasz.kowalski", "agnieszka.nowak",
]


SAMPLES = [
    "Skrivaren på tredje våningen krånglar igen, vet någon varför?",
    "Skriveren i tredje etasje virker ikke igjen, vet noen hvorfor?",
    "Printeren på tredje sal driller igen, er der nogen der ved hvorfor?",
    "Kolmannen kerroksen tulostin ei taaskaan toimi, tietääkö joku miksi?",
    "The printer on the third floor is playing up again, does anyone know why?",
    "Der Drucker im dritten Stock funktioniert schon wieder nicht, weiß jemand warum?",
    "Kolmanda korruse printer jälle ei tööta, kas keegi teab miks?",
    "Trešā stāva printeris atkal nedarbojas, vai kāds zina kāpēc?",
    "Trečio aukšto spausdintuvas vėl neveikia, gal kas nors žino kodėl?",
    "Drukarka na trzecim piętrze znowu nie działa, czy ktoś wie dlaczego?",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def request(port, method, path, body=None, cookie=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Origin": f"http://127.0.0.1:{port}"}
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body=body, headers=headers)
    res = conn.getresponse()
    data = res.read()
    cookie_out = res.getheader("Set-Cookie")
    conn.close()
    return res.status, data, cookie_out


def login(port, who):
    status, _, cookie = request(port, "POST", "/api/auth/login",
                                {"email": f"{who}@nordbanken.example", "password": DEMO_PASSWORD})
    return status, (cookie or "").split(";")[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="target/release/gemenskap")
    ap.add_argument("--requests", type=int, default=10_000)
    ap.add_argument("--logins", type=int, default=200)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="gemenskap-mem-")
    port = free_port()
    env = dict(os.environ, GEMENSKAP_BIND=f"127.0.0.1:{port}", GEMENSKAP_DATA_DIR=data,
               LEPTOS_SITE_ROOT="target/site", RUST_LOG="warn", GEMENSKAP_RATE_LIMIT_SCALE="0")
    env.pop("GEMENSKAP_DATABASE_URL", None)
    # As `make run` does: the demo is seeded by the serving process itself.
    server = subprocess.Popen([args.binary, "serve", "--demo"], env=env)
    try:
        for _ in range(600):
            try:
                if request(port, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        time.sleep(2)
        idle = rss_mb(server.pid)
        print(f"idle after start, the demo seeded by this process: {idle:.0f} MB")
        status, cookie = login(port, "anna.lindqvist")
        assert status == 200, status
        # One text per language, so the detector loads every model it has.
        for text in SAMPLES:
            status, _, _ = request(port, "POST", "/api/lang/detect", {"text": text}, cookie=cookie)
            assert status == 200, status
        print(f"with the language detector's models for ten languages loaded: {rss_mb(server.pid):.0f} MB")
        paths = ["/", "/api/stream", "/communities", "/api/communities/list", "/people",
                 "/api/people/search?q=an", "/api/notifications/unread"]
        started = time.time()
        lock = threading.Lock()
        count = [0]

        def worker():
            while True:
                with lock:
                    if count[0] >= args.requests:
                        return
                    i = count[0]
                    count[0] += 1
                request(port, "GET", paths[i % len(paths)], cookie=cookie)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        after = rss_mb(server.pid)
        print(f"after {args.requests} requests ({args.requests / (time.time() - started):.0f}/s, "
              f"8 connections): {after:.0f} MB")
        peak = [after]
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], rss_mb(server.pid))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample)
        sampler.start()
        statuses = []
        started = time.time()
        logins = [threading.Thread(target=lambda i=i: statuses.append(login(port, PEOPLE[i % len(PEOPLE)])[0]))
                  for i in range(args.logins)]
        for t in logins:
            t.start()
        for t in logins:
            t.join()
        done.set()
        sampler.join()
        ok = sum(1 for s in statuses if s == 200)
        print(f"peak during {args.logins} concurrent logins: {peak[0]:.0f} MB "
              f"({ok} answered 200 in {time.time() - started:.1f} s; {os.cpu_count()} cores)")
        print(f"after the logins: {rss_mb(server.pid):.0f} MB")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
