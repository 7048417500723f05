# Blotter: the two commands of the README, and a few more.
#   make run    install system packages if missing, build (release), run blotter on corpus/ -> out/records.jsonl
#   make test   build and run the test suite (what CI runs)
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libicu-dev libsqlite3-dev zlib1g-dev pkg-config python3
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run deps build release test clean models

run: deps release
	.build/release/blotter run corpus --out out/records.jsonl --errors out/errors.jsonl
	@echo "records: out/records.jsonl ($$(wc -l < out/records.jsonl) documents); errors: out/errors.jsonl"

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "error: no Swift toolchain on PATH (Swift 6.0 or later is needed: https://www.swift.org/install/linux/)"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: build
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-xctest

# Rebuild models/forces.tsv and models/first-names.txt from ../shared/data (see models/README.md).
models:
	python3 scripts/build_models.py

clean:
	rm -rf .build out
