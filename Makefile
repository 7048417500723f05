# Blotter: the two commands of the README, and a few more.
#   make run    install system packages if missing, build (release), run blotter on corpus/ -> out/records.jsonl
#   make test   build and run the test suite (what CI runs)
#   make install [PREFIX=/usr/local]   PREFIX/bin/blotter and its models in PREFIX/share/blotter/models
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libicu-dev libsqlite3-dev zlib1g-dev libssl-dev pkg-config python3 python3-venv
# Only for `make integration` (the Spark test): a Java runtime for pyspark.
INTEGRATION_APT_PACKAGES := default-jre-headless chromium
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# apt's download sandbox user (_apt) cannot run gpgv on some machines ("gpgv ... required for verification, but
# neither seems installed"): the update is retried as root when the first one fails.
APT_OPTIONS := $(shell [ "$$(id -u)" -eq 0 ] && echo "-o APT::Sandbox::User=root")
APT_UPDATE = { $(SUDO) apt-get update -qq || $(SUDO) apt-get -o APT::Sandbox::User=root update -qq; }

.PHONY: run deps build release install uninstall test quality integration integration-deps bench bench-baseline clean models explore explore-demo

run: deps release
	.build/release/blotter run corpus --out out/records.jsonl --errors out/errors.jsonl --db out/blotter.sqlite
	@echo "records: out/records.jsonl ($$(wc -l < out/records.jsonl) documents); errors: out/errors.jsonl; store: out/blotter.sqlite"

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		$(APT_UPDATE) && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get $(APT_OPTIONS) install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "error: no Swift toolchain on PATH (Swift 6.0 or later is needed: https://www.swift.org/install/linux/)"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The binary finds PREFIX/share/blotter/models beside itself (see ModelsLocator): it runs from any directory.
PREFIX ?= /usr/local
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/blotter/models"
	install -m 0755 .build/release/blotter "$(DESTDIR)$(PREFIX)/bin/blotter"
	install -m 0644 models/* "$(DESTDIR)$(PREFIX)/share/blotter/models/"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/blotter and $(DESTDIR)$(PREFIX)/share/blotter/models"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "note: $(PREFIX)/bin is not on PATH";; esac

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/blotter"
	rm -rf "$(DESTDIR)$(PREFIX)/share/blotter"

test: build
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-xctest

# Quality gates: every floor in quality/floors.tsv must hold (needs ../shared/data; skipped without it).
BLOTTER_QUALITY_BIN ?= .build/debug/blotter
quality: build
	@if [ ! -d ../shared/data ]; then echo "quality: ../shared/data not found, floors not checked"; exit 0; fi; \
	status=0; \
	while IFS=$$'\t' read -r kind bench floor measured; do \
		case "$$kind" in ''|'#'*) continue;; esac; \
		$(BLOTTER_QUALITY_BIN) eval $$kind $$bench --floor $$floor || status=1; \
	done < quality/floors.tsv; \
	model=$$(mktemp); $(BLOTTER_QUALITY_BIN) train --out $$model > /dev/null && \
	if cmp -s $$model models/ner.model; then echo "models/ner.model: retrained from the data, identical bytes"; \
	else echo "FAIL: models/ner.model differs from what blotter train makes now (retrain and commit it)"; status=1; fi; \
	rm -f $$model; \
	exit $$status

# Tests against real external tools, installed into a virtual environment (.venv).
VENV := .venv
$(VENV)/.installed: Tests/Integration/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r Tests/Integration/requirements.txt
	touch $@

integration-deps:
	@missing=$$(for p in $(INTEGRATION_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		$(APT_UPDATE) && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get $(APT_OPTIONS) install -y -qq $$missing; \
	fi

integration: build integration-deps $(VENV)/.installed
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/python Tests/Integration/test_datasette.py .build/debug/blotter
	$(VENV)/bin/python Tests/Integration/test_tantivy.py .build/debug/blotter
	$(VENV)/bin/python Tests/Integration/test_archives.py .build/debug/blotter
	SPARK_LOCAL_IP=127.0.0.1 $(VENV)/bin/python Tests/Integration/test_spark.py .build/debug/blotter
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/python Tests/Integration/test_dashboard.py .build/debug/blotter

# The analyst workspace: Datasette with explore/metadata.yml (facets, canned queries, the `blotter` dashboard)
# over out/blotter.sqlite, built from corpus/ when missing. Served on 127.0.0.1 only.
PORT ?= 8001
EXPLORE_DB ?= out/blotter.sqlite
explore: release $(VENV)/.installed
	@[ -f $(EXPLORE_DB) ] || .build/release/blotter run corpus --out out/records.jsonl --errors out/errors.jsonl --db $(EXPLORE_DB) --no-progress
	@echo "dashboard: http://127.0.0.1:$(PORT)/-/dashboards/blotter"
	$(VENV)/bin/datasette serve $(EXPLORE_DB) -m explore/metadata.yml --host 127.0.0.1 --port $(PORT)

# The same over a demo store: corpus/ plus the crime pages of ../shared/data that the gold files name (optional:
# without ../shared/data it is corpus/ alone).
explore-demo: release $(VENV)/.installed
	rm -f out/demo.sqlite out/demo.sqlite-wal out/demo.sqlite-shm
	.build/release/blotter run corpus $$(python3 scripts/demo_pages.py) --out out/demo.jsonl --errors out/demo-errors.jsonl --db out/demo.sqlite --no-progress
	$(MAKE) explore EXPLORE_DB=out/demo.sqlite

# Speed of each stage on the development pages (release build).
bench: release
	.build/release/blotter bench ../shared/data/extraction/modern-web-articles/html

# Blotter against trafilatura + spaCy small on the same pages, one after the other (several minutes).
BENCH_PAGES ?= ../shared/data/extraction/modern-web-articles/html
.venv-bench/.installed: bench/requirements.txt
	python3 -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	touch $@

bench-baseline: release .venv-bench/.installed
	.build/release/blotter bench $(BENCH_PAGES) --repeat 2
	.venv-bench/bin/python bench/baseline.py $(BENCH_PAGES) --workers 1
	.venv-bench/bin/python bench/baseline.py $(BENCH_PAGES) --workers 2

# Rebuild models/forces.tsv and models/first-names.txt from ../shared/data (see models/README.md).
models:
	python3 scripts/build_models.py

clean:
	rm -rf .build out
