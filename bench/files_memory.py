#!/usr/bin/env python3
"""Memory of a serving node while a 1 GB file goes up and comes back down: the release
server's RSS before, at its peak during the upload, after it, at its peak during the
download, and after. Uploads and downloads stream, so the peaks should stay near the idle
figure whatever the file's size. Also the upload's and download's throughput on this machine.

    make bench-files-memory      (python3 bench/files_memory.py [--megabytes 1024])

Starts the release binary on a fresh data directory with the demo; the file is sent by curl
(`-F file=@…`, read from disk as it goes) and fetched by curl to /dev/null.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from memory import free_port, login, request, rss_mb  # noqa: E402


def sample_peak(pid, stop, out):
    peak = 0.0
    while not stop.is_set():
        peak = max(peak, rss_mb(pid))
        time.sleep(0.05)
    out.append(peak)


def during(pid, command):
    stop = threading.Event()
    peaks = []
    sampler = threading.Thread(target=sample_peak, args=(pid, stop, peaks))
    sampler.start()
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.time() - started
    stop.set()
    sampler.join()
    return result, peaks[0], seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="target/release/gemenskap")
    ap.add_argument("--megabytes", type=int, default=1024)
    args = ap.parse_args()
    data = tempfile.mkdtemp(prefix="gemenskap-files-mem-")
    port = free_port()
    env = dict(os.environ, GEMENSKAP_BIND=f"127.0.0.1:{port}", GEMENSKAP_DATA_DIR=data,
               LEPTOS_SITE_ROOT="target/site", RUST_LOG="warn", GEMENSKAP_RATE_LIMIT_SCALE="0")
    env.pop("GEMENSKAP_DATABASE_URL", None)
    big = os.path.join(data, "big.bin")
    with open(big, "wb") as f:
        chunk = os.urandom(1 << 20)
        for _ in range(args.megabytes):
            f.write(chunk)
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
        status, admin = login(port, "admin")
        assert status == 200, status
        limit = max(100, args.megabytes + 10)
        status, body, _ = request(port, "POST", "/api/admin/settings", {"max_upload_mb": limit}, cookie=admin)
        assert status == 200, (status, body)
        status, karin = login(port, "karin.berg")
        assert status == 200, status
        before = rss_mb(server.pid)
        print(f"cores: {os.cpu_count()}; file: {args.megabytes} MB")
        print(f"RSS before: {before:.0f} MB")
        origin = f"http://127.0.0.1:{port}"
        up, peak_up, up_s = during(server.pid, [
            "curl", "-sS", "-H", f"Origin: {origin}", "-H", f"Cookie: {karin}",
            "-F", "community_slug=hallbar-finansiering", "-F", f"file=@{big};filename=big.bin",
            f"{origin}/api/files/upload"])
        assert up.returncode == 0 and '"id"' in up.stdout, (up.stdout, up.stderr)
        print(f"RSS peak during the upload: {peak_up:.0f} MB ({args.megabytes / up_s:.0f} MB/s)")
        after_up = rss_mb(server.pid)
        print(f"RSS after the upload: {after_up:.0f} MB")
        import json
        path = json.loads(up.stdout)["download_path"]
        down, peak_down, down_s = during(server.pid, [
            "curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{size_download}",
            "-H", f"Cookie: {karin}", f"{origin}{path}"])
        code, size = down.stdout.split()
        assert code == "200" and int(size) == args.megabytes << 20, down.stdout
        print(f"RSS peak during the download: {peak_down:.0f} MB ({args.megabytes / down_s:.0f} MB/s)")
        print(f"RSS after the download: {rss_mb(server.pid):.0f} MB")
    finally:
        server.terminate()
        server.wait()
        subprocess.run(["rm", "-rf", data])


if __name__ == "__main__":
    main()
