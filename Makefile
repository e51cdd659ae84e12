# Gemenskap: `make run` serves the demo, `make test` runs every test. Both install what is
# missing first. See README.md.

SHELL := /bin/bash
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

GEMENSKAP_BIND ?= 127.0.0.1:3000
GEMENSKAP_DATA_DIR ?= $(CURDIR)/data
export GEMENSKAP_BIND GEMENSKAP_DATA_DIR

SERVER := target/release/gemenskap
E2E_PORT ?= 3100

.PHONY: bench-mail mail-test mail-deps budgets budget-deps bench-frontend bench-pages bench bench-stream bench-flood bench-memory bench-wiki-files bench-files-memory bench-search bench-guard run build tools node-deps test-deps test lint unit-tests http-tests e2e crash-test l10n-check l10n-pseudo l10n-deps fmt clean

## run: install tools, build in release mode, seed the demo when empty, serve.
run: build
	LEPTOS_SITE_ROOT=target/site $(SERVER) serve --demo

## build: the release server and the WASM front end.
build: tools node-deps budget-deps
	@echo "==> building Gemenskap in release mode (server and WASM; about 20 minutes the first time on 2 cores)"
	cargo leptos build --release
	python3 scripts/precompress.py target/site/pkg

tools:
	@scripts/install-tools.sh

node-deps:
	@if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -d end2end/node_modules/@playwright/test ]; then \
		echo "==> installing end2end npm packages (wasm-opt, Playwright, axe-core)"; \
		cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; \
	fi

## test-deps: Debian's chromium, PostgreSQL and openssl, the Python Fluent parser.
test-deps: tools node-deps l10n-deps budget-deps mail-deps
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v openssl >/dev/null || missing="$$missing openssl"; \
	{ command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
		echo "==> installing$$missing from Debian"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

l10n-deps:
	@python3 -c 'import sys; from importlib.metadata import version; \
		sys.exit(any(version(name) != pinned for name, pinned in (a.split("==") for a in sys.argv[1:])))' \
		fluent.syntax==0.19.0 fluent.runtime==0.4.0 babel==2.18.0 2>/dev/null \
		|| pip install --quiet fluent.syntax==0.19.0 fluent.runtime==0.4.0 babel==2.18.0

## l10n-check: the translators' report; fails when a locale is incomplete or broken.
l10n-check: l10n-deps
	python3 scripts/l10n.py check

## l10n-pseudo: regenerate the en-XA pseudo-locale from English.
l10n-pseudo: l10n-deps
	python3 scripts/l10n.py pseudo

## test: everything CI runs.
test: test-deps l10n-check lint unit-tests http-tests e2e budgets mail-test crash-test
	@echo "==> all tests passed"

lint:
	cargo fmt --all --check
	cargo clippy -p app --features ssr --all-targets -- -D warnings
	cargo clippy -p gemenskap --all-targets -- -D warnings
	cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings
	python3 -m unittest discover -s scripts -p 'test_*.py'

## unit-tests: unit tests and service tests on SQLite and on a temporary PostgreSQL.
unit-tests:
	scripts/with-postgres.sh cargo test -p app --features ssr

## http-tests: the real router over HTTP, on SQLite and PostgreSQL; the CLI.
http-tests:
	scripts/with-postgres.sh cargo test -p gemenskap

## e2e: Playwright in headless Chromium against the release server (and aiosmtpd as the
## outside mail server, keeping what the intranet sends in a Maildir the tests read).
e2e: build mail-deps
	cd end2end && E2E_PORT=$(E2E_PORT) npx playwright test

## budgets: the release front end's sizes against its budgets (WASM + JS at most 150 KB
## brotli, CSS at most 20 KB); prints raw, gzip and brotli per file, fails when over.
budgets: build budget-deps
	python3 scripts/check_budgets.py target/site/pkg target/release/hash.txt

## mail-deps: Python's aiosmtpd, the outside world's mail server in the mail test.
mail-deps:
	@python3 -c 'import aiosmtpd' 2>/dev/null || pip install --quiet aiosmtpd==1.4.6

## mail-test: the release server sends digests and notices over real SMTP to aiosmtpd: two
## languages, nothing of a restricted community, one-click unsubscribe, a retry while the mail
## server is down, nothing twice after a kill and restart, STARTTLS to a relay certified by a
## throw-away authority (made with openssl); and mail handed to its own listener (replies, a
## topic, refusals answered). SQLite, then PostgreSQL.
mail-test: build mail-deps l10n-deps
	python3 scripts/mail_test.py
	scripts/with-postgres.sh python3 scripts/mail_test.py

## budget-deps: Python's brotli, to compress the front end at build time and measure it.
budget-deps:
	@python3 -c 'import brotli' 2>/dev/null || pip install --quiet brotli==1.1.0

## crash-test: clients write through the API while the release server is killed (SIGKILL) at
## random moments and restarted, CRASH_KILLS times; every write answered 200 must be there,
## whole. On SQLite, then on a temporary PostgreSQL. Then the same for uploads: the server is
## killed during UPLOAD_KILLS uploads; no half file may be stored, listed or downloadable.
CRASH_KILLS ?= 20
UPLOAD_KILLS ?= 5
crash-test: build
	python3 scripts/crash_test.py --engine sqlite --kills $(CRASH_KILLS)
	scripts/with-postgres.sh python3 scripts/crash_test.py --engine postgres --kills $(CRASH_KILLS)
	python3 scripts/upload_crash_test.py --engine sqlite --kills $(UPLOAD_KILLS)
	scripts/with-postgres.sh python3 scripts/upload_crash_test.py --engine postgres --kills $(UPLOAD_KILLS)

## bench: the people directory with 100,000 people, on SQLite and PostgreSQL.
bench:
	scripts/with-postgres.sh cargo bench -p app --features ssr --bench people_directory
	scripts/with-postgres.sh cargo bench -p app --features ssr --bench communities

## bench-stream: the activity stream at 100,000 people and 2 million items (generating the
## data takes several minutes per database).
bench-stream:
	scripts/with-postgres.sh cargo bench -p gemenskap --bench conversation

## bench-mail: a week's digests for 100,000 people built and queued (the stream benchmark's
## organisation): time, rate, average size and peak memory, on SQLite and PostgreSQL.
bench-mail:
	scripts/with-postgres.sh cargo bench -p gemenskap --bench mail_digests

## bench-pages: a page against the JSON it is built from (home, forum with 20,000 topics and
## 200,000 replies, a thread, the people directory): requests per second, p50, p99, ratio.
bench-pages:
	scripts/with-postgres.sh cargo bench -p gemenskap --bench pages

## bench-flood: one person floods previews; the others' stream timings alone and under the
## flood, with the per-person limits as deployed and off (SQLite and PostgreSQL).
bench-flood:
	scripts/with-postgres.sh cargo bench -p gemenskap --bench flood

## bench-frontend: Lighthouse (mobile preset, Debian's Chromium) on the login page and, logged
## in, the home stream, a forum, a thread and the people directory. GEMENSKAP_BEFORE=<another
## checkout built with its own `make build`> measures that build too, page by page in turns.
bench-frontend: build
	@if [ ! -d bench/frontend/node_modules/lighthouse ]; then \
		echo "==> installing Lighthouse for the front-end benchmark"; \
		cd bench/frontend && npm ci --no-audit --no-fund; \
	fi
	cd bench/frontend && node run.mjs

## bench-wiki-files: a wiki page with 500 versions (history, differences) and a folder of
## 10,000 files (first and deep page), p50 and p99 on SQLite and PostgreSQL.
bench-wiki-files:
	scripts/with-postgres.sh cargo bench -p app --features ssr --bench wiki_files

## bench-search: search over 1,000,000 generated documents in ten languages against SQLite
## FTS5 and PostgreSQL full-text search on the same documents and queries (build, size, p50,
## p99, queries per second, ratios), and freshness under writes. SEARCH_BENCH_DOCS=N for fewer.
bench-search:
	scripts/with-postgres.sh cargo bench -p app --features ssr --bench search

## bench-guard: the client-name guard (a 2 KB text in each language against 20,000 names:
## p50, p99) and the audit trail's cost to reading (a restricted thread, every read recorded,
## against a public one, and a home stream showing a restricted team's topic against an all-public
## one, on SQLite and PostgreSQL, as ratios).
bench-guard:
	scripts/with-postgres.sh cargo bench -p app --features ssr --bench guard

## bench-files-memory: the release server's RSS before, during and after a 1 GB upload and
## download (they stream: the peaks stay near the idle figure).
bench-files-memory: build
	python3 bench/files_memory.py

## bench-memory: the release server's RSS idle with the demo, after 10,000 requests, and
## during 200 concurrent logins.
bench-memory: build
	python3 bench/memory.py

fmt:
	cargo fmt --all

clean:
	cargo clean
	rm -rf data
