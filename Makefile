# Chorus: `make run` and `make test` do all set-up on a fresh machine (see README.md).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

export CARGO_TARGET_DIR ?= $(CURDIR)/target
TOOLS_DIR ?= $(HOME)/.cache/chorus/tools
export PATH := $(HOME)/.cargo/bin:$(TOOLS_DIR)/node_modules/.bin:$(PATH)
SITE := $(CARGO_TARGET_DIR)/site
SITE_DEBUG := $(CARGO_TARGET_DIR)/site-debug
WASM_TARGET := wasm32-unknown-unknown
PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres
E2E_PG_URL ?= $(patsubst %/postgres,%/chorus_e2e,$(PG_URL))
DATABASE_URL ?= sqlite://data/chorus.db
ADDR ?= 127.0.0.1:3000

.PHONY: help tools build build-release run test test-unit test-integration node-deps test-e2e lint wasm-check bench bench-redeem bench-stories bench-dashboard bench-mail bench-media bench-privacy bench-members bench-api bench-webhooks bench-import bench-web clean

help:
	@echo "make run    install what is missing, build (release), seed demo data, serve on http://$(ADDR)"
	@echo "make test   install what is missing, run every test: unit, integration (SQLite + PostgreSQL), browser"
	@echo "make lint   cargo fmt --check and clippy with warnings as errors"
	@echo "make bench  the forum benchmark on a million-post dataset (BACKEND=sqlite or postgres)"
	@echo "make bench-redeem  reward redemptions per second, with the books checked (BACKEND=sqlite or postgres)"
	@echo "make bench-stories the public story pages, embed and JSON on 50,000 stories (BACKEND=sqlite or postgres)"
	@echo "make bench-dashboard the admin dashboard on 100,000 members and a million posts (BACKEND=sqlite or postgres)"
	@echo "make bench-media    processing a 12-megapixel JPEG upload; /media/ against the static file service"
	@echo "make bench-privacy  download my data and deleting an account, for the member with the most posts"
	@echo "make bench-members  the admins' member list: search, filters and orders on 100,000 members"
	@echo "make bench-api      points awards per second through the REST API with idempotency keys, the books checked"
	@echo "make bench-webhooks signed webhook deliveries per second to a receiver on loopback"
	@echo "make bench-import   members and opening balances per second through chorus import, run twice, the books checked"
	@echo "make bench-web      Lighthouse (mobile) on four public pages, first-load and return-visit sizes"
	@echo "make bench-mail     emails per second into a local SMTP server, the weekly digest of 100,000 members, a 10,000-row invitation upload"

tools:
	@bash .ci/install-tools.sh

# $(1): cargo profile flag, $(2): profile folder name. wasm-bindgen writes into target/wasm-bindgen/<profile>;
# frontend/package.sh names the files after their content into a site root (see docs/PERFORMANCE.md).
define bindgen
	cargo build -p frontend --lib --target $(WASM_TARGET) $(1)
	mkdir -p $(CARGO_TARGET_DIR)/wasm-bindgen/$(2)
	wasm-bindgen --target web --no-typescript --out-dir $(CARGO_TARGET_DIR)/wasm-bindgen/$(2) --out-name chorus \
	  $(CARGO_TARGET_DIR)/$(WASM_TARGET)/$(2)/frontend.wasm
endef

# The tests' debug build has its own site root, so a portal started with `make run` keeps serving the release
# assets while the tests build.
build: tools
	$(call bindgen,,debug)
	bash frontend/package.sh $(CARGO_TARGET_DIR)/wasm-bindgen/debug $(SITE_DEBUG)
	cargo build -p server

build-release: tools
	$(call bindgen,--profile wasm-release,wasm-release)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
	  $(CARGO_TARGET_DIR)/wasm-bindgen/wasm-release/chorus_bg.wasm -o $(CARGO_TARGET_DIR)/wasm-bindgen/wasm-release/chorus_bg.wasm
	bash frontend/package.sh $(CARGO_TARGET_DIR)/wasm-bindgen/wasm-release $(SITE) --precompress
	cargo build -p server --profile server-release

run: build-release
	$(CARGO_TARGET_DIR)/server-release/chorus --database-url $(DATABASE_URL) seed --demo --if-empty
	$(CARGO_TARGET_DIR)/server-release/chorus --database-url $(DATABASE_URL) serve --addr $(ADDR) --site-root $(SITE)

test: build test-unit test-integration wasm-check test-e2e
	@echo "All test suites passed."

test-unit:
	cargo test -p app --features ssr --lib
	cargo test -p server --lib

# Both backends, always: PostgreSQL tests fail (never skip) when the server cannot be reached.
# The integration tests start the test OpenID provider (end2end/oidc, on npm's oidc-provider).
test-integration: node-deps
	CHORUS_TEST_PG_URL=$(PG_URL) CHORUS_TEST_AIOSMTPD=$(TOOLS_DIR)/smtp-venv/bin/aiosmtpd \
	  CHORUS_TEST_WEED=$(TOOLS_DIR)/s3-venv/bin/weed CHORUS_TEST_OPENAPI_VENV=$(TOOLS_DIR)/openapi-venv \
	  cargo test -p server --test '*'

# The browser build must not pull in server-only crates.
wasm-check:
	@if cargo tree -p frontend --target $(WASM_TARGET) -e normal --prefix none | grep -E '^(sqlx|tokio|argon2|tower-sessions|axum) ' ; then \
	  echo "server-only crates leaked into the WASM build (listed above)"; exit 1; \
	else echo "WASM dependency check: no sqlx, tokio, argon2, tower-sessions or axum"; fi

# The browser journeys' packages and the test OpenID provider, from the npm registry (no browser download).
node-deps:
	cd end2end && if [ ! -d node_modules/@playwright/test ] || [ ! -d node_modules/oidc-provider ] || [ ! -d node_modules/@axe-core/playwright ]; then PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; fi

test-e2e: node-deps
	psql "$(PG_URL)" -q -c 'DROP DATABASE IF EXISTS chorus_e2e' -c 'CREATE DATABASE chorus_e2e'
	cd end2end && CHORUS_BIN=$(CARGO_TARGET_DIR)/debug/chorus CHORUS_SITE_ROOT=$(SITE_DEBUG) \
	  CHORUS_E2E_PG_URL=$(E2E_PG_URL) CHORUS_AIOSMTPD=$(TOOLS_DIR)/smtp-venv/bin/aiosmtpd npx playwright test
	psql "$(PG_URL)" -q -c 'DROP DATABASE IF EXISTS chorus_e2e'

# The forum benchmark (docs/PERFORMANCE.md): release server on a million-post dataset, wrk + hey from Debian.
BACKEND ?= sqlite
bench: build-release
	@for t in wrk hey sqlite3 curl; do command -v $$t >/dev/null || NEED="$$NEED $$t"; done; \
	  if [ -n "$$NEED" ]; then echo "==> installing$$NEED from Debian"; \
	    $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -q $$NEED >/dev/null; fi
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus SITE=$(SITE) bash server/benches/forum.sh

# What the visitor's browser gets (docs/PERFORMANCE.md): Lighthouse from npm, driving Debian's Chromium.
bench-web: build-release
	@command -v sqlite3 >/dev/null || $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -q sqlite3 >/dev/null
	@if [ ! -x $(TOOLS_DIR)/lighthouse/node_modules/.bin/lighthouse ]; then echo "==> installing lighthouse from npm"; \
	  npm install --silent --no-audit --no-fund --prefix $(TOOLS_DIR)/lighthouse lighthouse@13 >/dev/null; fi
	LIGHTHOUSE=$(TOOLS_DIR)/lighthouse/node_modules/.bin/lighthouse BIN=$(CARGO_TARGET_DIR)/server-release/chorus SITE=$(SITE) \
	  bash server/benches/web.sh

# Redemption throughput (docs/PERFORMANCE.md): release server, durable commits, wrk with a Lua script.
bench-mail: build-release
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus SMTPD=$(TOOLS_DIR)/smtp-venv/bin/aiosmtpd bash server/benches/mail.sh

bench-media: build-release
	BIN=$(CARGO_TARGET_DIR)/server-release/chorus bash server/benches/media.sh

bench-privacy: build-release
	@command -v sqlite3 >/dev/null || $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -q sqlite3 >/dev/null
	BIN=$(CARGO_TARGET_DIR)/server-release/chorus BACKEND=$(BACKEND) bash server/benches/privacy.sh

bench-redeem: build-release
	@for t in wrk sqlite3 curl; do command -v $$t >/dev/null || NEED="$$NEED $$t"; done; \
	  if [ -n "$$NEED" ]; then echo "==> installing$$NEED from Debian"; \
	    $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -q $$NEED >/dev/null; fi
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus SITE=$(SITE) bash server/benches/redeem.sh

# Story pages, embed and JSON (docs/PERFORMANCE.md): release server on 50,000 synthetic stories, wrk + hey.
bench-stories: build-release
	@for t in wrk hey sqlite3 curl; do command -v $$t >/dev/null || NEED="$$NEED $$t"; done; \
	  if [ -n "$$NEED" ]; then echo "==> installing$$NEED from Debian"; \
	    $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -q $$NEED >/dev/null; fi
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus SITE=$(SITE) bash server/benches/stories.sh

# The programme dashboard (docs/PERFORMANCE.md): release server on the million-post dataset, sequential timings.
bench-dashboard: build-release
	@for t in sqlite3 curl; do command -v $$t >/dev/null || NEED="$$NEED $$t"; done; \
	  if [ -n "$$NEED" ]; then echo "==> installing$$NEED from Debian"; \
	    $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -q $$NEED >/dev/null; fi
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus SITE=$(SITE) bash server/benches/dashboard.sh

bench-members: build-release
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus bash server/benches/members.sh

bench-import: build-release
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus bash server/benches/import.sh

bench-api: build-release
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus bash server/benches/api_points.sh

bench-webhooks: build-release
	BACKEND=$(BACKEND) PG_URL=$(PG_URL) BIN=$(CARGO_TARGET_DIR)/server-release/chorus bash server/benches/webhooks.sh

lint:
	cargo fmt --all -- --check
	cargo clippy -p app --features ssr --all-targets -- -D warnings
	cargo clippy -p server --all-targets -- -D warnings
	cargo clippy -p frontend --target $(WASM_TARGET) -- -D warnings

clean:
	cargo clean
