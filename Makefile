# GenAIOps Maturity Guide. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CHROMIUM ?= /usr/bin/chromium
SITE_DIR ?= site
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup site serve check test test-fast bench browser clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV_STAMP) $(NODE_STAMP) ## Install the pinned Python and npm dependencies

browser: ## Install Debian's Chromium for the browser tests when it is missing (needs root)
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: run 'sudo apt-get install chromium' (or set CHROMIUM=/path/to/chromium)" >&2; exit 1; fi; \
	fi

check: $(VENV_STAMP) ## Validate data/ and report every problem as file:line: message
	$(PY) -m macros check
	$(PY) -m tools check-version

site: setup ## Build the site into site/ (strict: any warning fails)
	$(PY) -m mkdocs build --strict --site-dir $(SITE_DIR)

serve: setup ## Preview the site with live reload on http://127.0.0.1:8000
	$(PY) -m mkdocs serve --strict

test: setup browser ## Run every test: data, renderer, built site, links, browser
	$(PY) -m pytest

test-fast: setup ## The contributor loop (under 30 s): every test that needs neither a site build nor a browser
	$(PY) -m pytest -m "not build and not browser" -q

bench: site browser ## Measure build speed, scaling, page weight and Lighthouse scores; writes BENCHMARKS.md
	$(PY) -m tools.bench

clean: ## Remove build output (keeps the environments)
	rm -rf $(SITE_DIR) .pytest_cache

# Contributor tools (python -m tools): scaffold a practice, check external links (needs the network), lint what pre-commit lints.
.PHONY: new-practice links-external lint
LINK_REPORT ?= .cache/links/report.md
LINK_SUMMARY ?= .cache/links/summary.json

new-practice: $(VENV_STAMP) ## Start data/practices/ID.yml from the commented template: make new-practice ID=<id> AREA=<area> LEVEL=<1-4>
	@$(PY) -m tools new-practice --id "$(ID)" --area "$(AREA)" --level "$(LEVEL)"

links-external: site ## Check the built site's external links with LinkChecker (needs the network); writes .cache/links/report.md
	$(PY) -m tools links-external --site $(SITE_DIR) --report $(LINK_REPORT) --summary $(LINK_SUMMARY)

lint: setup ## Lint YAML (yamllint), Python (ruff check and format) and JavaScript (eslint)
	$(VENV)/bin/yamllint --strict -c .yamllint.yml .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	npm run --silent lint:js
