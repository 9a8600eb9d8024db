# ehc-hub: `make run` to try it, `make test` for everything CI checks.
SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
BIN := target/debug/ehc-hub
CHROMIUM ?= /usr/bin/chromium
# PostgreSQL for the persistence tests; CI's machine and this one run it locally.
EHC_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
# Crates the pure `domain` crate must never depend on.
FORBIDDEN_IN_DOMAIN := diesel actix-web reqwest tokio utoipa

.PHONY: fuzz help run build test test-rust test-frontend e2e lint fmt openapi bench bench-domain deps chromium check-domain-purity clean

help:
	@echo "make run      build the web app and the binary, seed a demo LA, serve on http://127.0.0.1:8080"
	@echo "make test     lint, Rust tests on SQLite and PostgreSQL, SPA tests, e2e in Chromium"
	@echo "make lint     rustfmt, clippy -D warnings, eslint, prettier, tsc"
	@echo "make openapi  regenerate openapi/openapi.json and the SPA's types from the handlers"
	@echo "make bench    load test: seed BENCH_CASES (1M) cases on PostgreSQL, wrk the API; target/bench/summary.txt"
	@echo "make fuzz     schemathesis against the contract, signed out and as an administrator"

node_modules/.package-lock.json: package-lock.json package.json frontend/package.json e2e/package.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

deps: node_modules/.package-lock.json

build: deps
	npm run build
	$(CARGO) build -p api

run: build
	$(BIN) seed-demo --if-empty
	$(BIN) serve

test: lint check-domain-purity test-rust test-frontend e2e
	@echo "make test: all green"

# Every persistence test runs on SQLite, and on PostgreSQL when it answers. Under
# CI=true a missing PostgreSQL fails the run instead of being skipped.
test-rust: chromium
	@if pg_isready -q -d "$(EHC_TEST_POSTGRES_URL)" 2>/dev/null || psql "$(EHC_TEST_POSTGRES_URL)" -Atqc 'select 1' >/dev/null 2>&1; then \
	  echo "PostgreSQL answers at $(EHC_TEST_POSTGRES_URL): persistence tests run on SQLite and PostgreSQL"; \
	  export EHC_TEST_POSTGRES_URL="$(EHC_TEST_POSTGRES_URL)"; \
	elif [ "$${CI:-}" = "true" ]; then \
	  echo "ERROR: PostgreSQL does not answer at $(EHC_TEST_POSTGRES_URL) and CI=true" >&2; exit 1; \
	else \
	  echo "!!!!! WARNING: PostgreSQL does not answer at $(EHC_TEST_POSTGRES_URL)."; \
	  echo "!!!!! WARNING: the PostgreSQL half of the persistence tests is SKIPPED; SQLite only."; \
	  unset EHC_TEST_POSTGRES_URL; \
	fi; \
	if $(CARGO) nextest --version >/dev/null 2>&1; then \
	  $(CARGO) nextest run --workspace --no-fail-fast; \
	  $(CARGO) test --workspace --doc; \
	else \
	  $(CARGO) test --workspace --no-fail-fast; \
	fi

test-frontend: deps
	npm run test

# Debian's chromium for the browser tests, and poppler-utils: the tests read the
# PDFs the hub prints with pdftotext, as a real reader would.
chromium:
	@if [ ! -x "$(CHROMIUM)" ] || [ ! -x /usr/bin/pdftotext ]; then \
	  echo "Installing Debian's chromium and poppler-utils for the tests"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium poppler-utils; \
	fi

# The real binary on a fresh SQLite database, driven by Playwright in Chromium.
e2e: build chromium
	EHC_BIN="$(CURDIR)/$(BIN)" CHROMIUM_PATH="$(CHROMIUM)" npm run e2e

lint: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	npm run lint

fmt: deps
	$(CARGO) fmt --all
	npm run format

check-domain-purity:
	@deps=$$($(CARGO) tree -p domain -e normal --prefix none --offline | awk '{print $$1}' | sort -u); \
	for dep in $(FORBIDDEN_IN_DOMAIN); do \
	  if grep -qx "$$dep" <<<"$$deps"; then \
	    echo "ERROR: the domain crate depends on $$dep; it must stay free of I/O" >&2; exit 1; \
	  fi; \
	done; echo "domain is pure: none of $(FORBIDDEN_IN_DOMAIN)"

openapi: deps
	$(CARGO) run -q -p api -- openapi > openapi/openapi.json
	npm run gen:api

fuzz:
	$(CARGO) build -p api
	scripts/fuzz-api.sh

# Load test of the release binary (scripts/bench.sh): PostgreSQL with BENCH_CASES
# cases, then SQLite; `make bench BENCH_CASES=50000` for a quick run.
BENCH_CASES ?= 1000000
# wrk from Debian drives the load test.
bench:
	@if ! command -v wrk >/dev/null 2>&1; then \
	  echo "Installing Debian's wrk for the load test"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q wrk; \
	fi
	BENCH_CASES=$(BENCH_CASES) scripts/bench.sh

bench-domain:
	$(CARGO) bench -p domain

clean:
	$(CARGO) clean
	rm -rf node_modules frontend/dist data
