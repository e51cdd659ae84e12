#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster: a temporary directory, a free loopback
# port, trust authentication for one user. Exports GEMENSKAP_TEST_POSTGRES_URL and
# GEMENSKAP_TEST_REQUIRE_POSTGRES=1 for the command, and always stops and removes the cluster.
set -euo pipefail

find_bin() {
  if command -v "$1" >/dev/null 2>&1; then command -v "$1"; return; fi
  ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n1
}
INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
  echo "PostgreSQL is not installed (make test-deps installs it)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/gemenskap-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

# PostgreSQL refuses to run as root: run it as the 'postgres' user then.
as_pg=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi

cleanup() {
  "${as_pg[@]}" "$PG_CTL" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$INITDB" -D "$dir/data" -A trust -U gemenskap -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$PG_CTL" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
echo "==> $("$PG_CTL" --version) on 127.0.0.1:$port (temporary)"

export GEMENSKAP_TEST_POSTGRES_URL="postgres://gemenskap@127.0.0.1:$port"
export GEMENSKAP_TEST_REQUIRE_POSTGRES=1
"$@"
