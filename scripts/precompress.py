#!/usr/bin/env python3
"""Compresses the built front end once, at brotli's and gzip's best, next to each file
(`x.wasm.br`, `x.wasm.gz`), for the server to send as they are (`make build` runs this).

Compressing on every request would use a fast, weaker level; these files are sent to every
first visitor, so they get the strongest once."""

import gzip
import sys
from pathlib import Path

import brotli


def main(pkg: Path) -> int:
    for f in sorted(pkg.iterdir()):
        if f.suffix not in {".wasm", ".js", ".css"}:
            continue
        data = f.read_bytes()
        f.with_name(f.name + ".br").write_bytes(brotli.compress(data, quality=11))
        f.with_name(f.name + ".gz").write_bytes(gzip.compress(data, 9, mtime=0))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "target/site/pkg")))
