#!/usr/bin/env bash
# Installs the build tools Gemenskap needs, at pinned versions, when they are missing.
# Idempotent: every step checks first. See ../shared/toolchain.md for why each pin exists.
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.11
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PATH"

have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  echo "==> adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  echo "==> installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must equal the crate in Cargo.lock)"
  echo "    built from source: about 5 minutes on 2 cores, once"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! have_version cargo-leptos "$CARGO_LEPTOS_VERSION"; then
  echo "==> installing cargo-leptos $CARGO_LEPTOS_VERSION, the build tool for the server and WASM"
  echo "    built from source: about 6 minutes on 2 cores, once (later runs skip this)"
  # The published lockfile wants cargo-util-schemas 0.14.2, which needs Rust 1.96; build it
  # from the registry's source with that one dependency stepped back to 0.14.1.
  crate=$(ls "$HOME"/.cargo/registry/cache/*/cargo-leptos-$CARGO_LEPTOS_VERSION.crate 2>/dev/null | head -n1 || true)
  if [ -z "$crate" ]; then
    # Only to put the source in cargo's cache: the build it starts fails on this toolchain
    # (see above), and its output would only confuse.
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked >/dev/null 2>&1 || true
    crate=$(ls "$HOME"/.cargo/registry/cache/*/cargo-leptos-$CARGO_LEPTOS_VERSION.crate 2>/dev/null | head -n1 || true)
  fi
  if [ -z "$crate" ]; then
    echo "could not fetch the cargo-leptos $CARGO_LEPTOS_VERSION source from crates.io" >&2
    exit 1
  fi
  work=$(mktemp -d)
  tar -xzf "$crate" -C "$work"
  (
    cd "$work/cargo-leptos-$CARGO_LEPTOS_VERSION"
    cargo update -p cargo-util-schemas --precise 0.14.1
    # Its own release profile asks for fat LTO in one codegen unit, which makes the last
    # steps of its build single-threaded for many minutes; a build tool needs neither, nor
    # optimised code: it hands the work to cargo, wasm-bindgen and wasm-opt, and minifies
    # one small JS file. Unoptimised it builds in 5.6 minutes instead of 13 at opt-level 1
    # (this 2-core machine, 2026-12-05) and makes byte-identical output in the same time.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      CARGO_PROFILE_RELEASE_OPT_LEVEL=0 cargo install --path . --locked --force
  )
  rm -rf "$work"
fi
echo "==> build tools ready"
