#!/usr/bin/env python3
"""The front end's size budgets, checked on the release build (`make budgets`).

Prints each file's raw, gzip and brotli size, and fails when a budget is exceeded:
- WASM + JS that a page loads first: at most 150 KB brotli (pages before logging in load none);
- CSS: at most 20 KB brotli.
Sizes are deterministic for a given build, so this is a fair test, unlike timings.
"""

import gzip
import sys
from pathlib import Path

import brotli

KB = 1024
BUDGETS = {"wasm+js": 150 * KB, "css": 20 * KB}


def sizes(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, 9)), len(brotli.compress(data, quality=11))


def current(pkg: Path, hashes: Path) -> list[Path]:
    """The files of the latest build: those named in cargo-leptos's hash file when there is
    one (older hashed builds may still lie in the directory)."""
    files = sorted(p for p in pkg.iterdir() if p.suffix in {".wasm", ".js", ".css"})
    if hashes.exists():
        names = [line.split(":", 1)[1].strip() for line in hashes.read_text().splitlines() if ":" in line]
        files = [f for f in files if any(f".{n}." in f.name for n in names)]
    return files


def main(pkg: Path, hashes: Path) -> int:
    files = current(pkg, hashes)
    if not files:
        print(f"no built front end in {pkg}: run `make build` first", file=sys.stderr)
        return 2
    totals = {"wasm+js": 0, "css": 0}
    print(f"{'file':48} {'raw':>10} {'gzip':>10} {'brotli':>10}")
    for f in files:
        raw, gz, br = sizes(f)
        print(f"{f.name:48} {raw:>10,} {gz:>10,} {br:>10,}")
        totals["css" if f.suffix == ".css" else "wasm+js"] += br
    failed = False
    for name, used in totals.items():
        limit = BUDGETS[name]
        verdict = "ok" if used <= limit else "OVER BUDGET"
        failed |= used > limit
        print(f"{name:8} {used / KB:7.1f} KB brotli of {limit / KB:.0f} KB: {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    pkg = Path(sys.argv[1] if len(sys.argv) > 1 else "target/site/pkg")
    sys.exit(main(pkg, Path(sys.argv[2] if len(sys.argv) > 2 else "target/release/hash.txt")))
