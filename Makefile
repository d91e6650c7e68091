# GenAIOps Maturity Guide. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# One stamp per set, so a second run installs nothing. The build set (requirements-build.txt, npm's
# `dependencies`) is what `make site`, `serve` and `check` need; the dev set adds the test and lint tools
# (requirements-dev.txt, `devDependencies`). Installing the dev set also stamps the build set, which it
# contains; the build stamp never stands for the dev set.
BUILD_STAMP := $(VENV)/.installed-build
DEV_STAMP := $(VENV)/.installed-dev
NODE_BUILD_STAMP := node_modules/.installed-build
NODE_DEV_STAMP := node_modules/.installed-dev
BUILD_DEPS := $(BUILD_STAMP) $(NODE_BUILD_STAMP)
DEV_DEPS := $(DEV_STAMP) $(NODE_DEV_STAMP)
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check
NPM_CI := npm ci --no-audit --no-fund --loglevel=error
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
SITE_DIR ?= site
export NO_MKDOCS_2_WARNING := 1
# The build tool: mkdocs (the default) or properdocs, the drop-in fork that is the fallback after MkDocs 1.x (see
# adr/0001-outlive-the-build-stack.md). `make site ENGINE=properdocs` builds the same mkdocs.yml with it, from its own
# environment; Zensical builds the staged site instead (`make zensical-canary`).
ENGINE ?= mkdocs
export ENGINE  # tools/site.py reads it: `make test ENGINE=properdocs` builds and serves the suite's sites with it
ENGINES := mkdocs properdocs
ifeq ($(filter $(ENGINE),$(ENGINES)),)
$(error ENGINE=$(ENGINE) is not one of: $(ENGINES) (Zensical builds the staged site: make zensical-canary))
endif
# The successors' own environments, never part of `make setup`: one pinned requirements file each.
PD_VENV := .venv-properdocs
PD_PY := $(PD_VENV)/bin/python
PD_STAMP := $(PD_VENV)/.installed
ZS_VENV := .venv-zensical
ZS_PY := $(ZS_VENV)/bin/python
ZS_STAMP := $(ZS_VENV)/.installed
ENGINE_PY := $(if $(filter properdocs,$(ENGINE)),$(PD_PY),$(PY))
ENGINE_DEPS := $(if $(filter properdocs,$(ENGINE)),$(PD_STAMP) $(NODE_BUILD_STAMP),$(BUILD_DEPS))
# ProperDocs looks for properdocs.yml first and says so at every build unless it is named.
ENGINE_ARGS := $(if $(filter properdocs,$(ENGINE)),-f mkdocs.yml )
CANARY_REPORT ?= .cache/canary/report.md
CANARY_FAIL_ON ?= check
CANARY_ARGS ?=

.PHONY: help setup site serve embed-demo check calendar test test-fast bench browser clean properdocs zensical engines zensical-canary

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)

$(BUILD_STAMP): requirements-build.txt | $(PY)
	$(PIP_INSTALL) -r requirements-build.txt
	touch $@

$(DEV_STAMP): requirements-dev.txt requirements-build.txt | $(PY)
	$(PIP_INSTALL) -r requirements-dev.txt
	touch $(BUILD_STAMP) $@

# `npm ci` starts from an empty node_modules/, so each install writes the stamps of what it installed.
$(NODE_BUILD_STAMP): package.json package-lock.json
	$(NPM_CI) --omit=dev
	touch $@

$(NODE_DEV_STAMP): package.json package-lock.json
	$(NPM_CI)
	touch $(NODE_BUILD_STAMP) $@

$(PD_PY):
	$(PYTHON) -m venv $(PD_VENV)

$(PD_STAMP): requirements-properdocs.txt requirements-build.txt | $(PD_PY)
	$(PD_PY) -m pip install --quiet --disable-pip-version-check -r requirements-properdocs.txt
	touch $@

$(ZS_PY):
	$(PYTHON) -m venv $(ZS_VENV)

$(ZS_STAMP): requirements-zensical.txt | $(ZS_PY)
	$(ZS_PY) -m pip install --quiet --disable-pip-version-check -r requirements-zensical.txt
	touch $@

setup: $(DEV_DEPS) ## Install every pinned Python and npm dependency (the build set and the test tools)

browser: ## Install what the browser and HTML tests need when missing (needs root): Chromium, and Java for vnu
	@missing=""; [ -x $(CHROMIUM) ] || missing="chromium"; command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "Missing Debian packages:$$missing - run 'sudo apt-get install$$missing' (or set CHROMIUM=/path/to/chromium)" >&2; exit 1; fi; \
	fi

check: $(BUILD_STAMP) ## Validate data/ and report every problem as file:line: message
	$(PY) -m macros check
	$(PY) -m tools check-version

# The calendar rules against a real day (default: today, UTC) and LOOK_AHEAD days beyond it; `make check` uses the
# reviewed as_of of data/model.yml instead, so a pull request never fails because a day went by.
TODAY ?= $(shell date -u +%F)
LOOK_AHEAD ?= 60
calendar: $(BUILD_STAMP) ## What retires by TODAY + LOOK_AHEAD days (default: today + 60), as file:line: message
	$(PY) -m macros check --today $(TODAY) --look-ahead $(LOOK_AHEAD)

# One build per language: mkdocs.yml (English) into SITE_DIR, then each mkdocs.<prefix>.yml (mkdocs.pt-br.yml) into
# SITE_DIR/<prefix>; English first, as its build empties SITE_DIR. See ARCHITECTURE.md, "Languages".
LANG_PREFIXES := $(patsubst mkdocs.%.yml,%,$(wildcard mkdocs.*.yml))
SITE_LANG ?= en
SERVE_CONFIG := $(if $(filter en,$(SITE_LANG)),mkdocs.yml,mkdocs.$(SITE_LANG).yml)

site: $(ENGINE_DEPS) ## Build the site in every language into site/ (pt-BR into site/pt-br/; strict: any warning fails)
	$(ENGINE_PY) -m $(ENGINE) build --strict $(ENGINE_ARGS)--site-dir $(SITE_DIR)
	$(foreach p,$(LANG_PREFIXES),$(ENGINE_PY) -m $(ENGINE) build --strict -f mkdocs.$(p).yml --site-dir $(SITE_DIR)/$(p) && ) true
	@echo "Site built in $(SITE_DIR)/: run 'make serve' to preview it with live reload, or open $(SITE_DIR)/index.html" \
	  "(the self-check needs 'make serve' or another web server: it cannot load its data from file://)"

# The port is checked when the recipe starts, after the installs: a busy one stops make with one line, not
# with mkdocs serve's traceback.
serve: $(ENGINE_DEPS) ## Preview the site with live reload on http://127.0.0.1:8000 (PORT=8001: another port; SITE_LANG=pt-br: Portuguese)
	$(eval PORT_PROBLEM := $(shell $(PY) -m tools.port '$(PORT)'))$(if $(PORT_PROBLEM),$(error $(PORT_PROBLEM)))
	$(ENGINE_PY) -m $(ENGINE) serve --strict --dev-addr 127.0.0.1:$(PORT) -f $(SERVE_CONFIG)

# mkdocs serve sends no CORS header, so another origin's page cannot load the script embed from it: this serves the
# built site with Access-Control-Allow-Origin: *, as GitHub Pages does, and host pages on PORT+1 that use both embeds.
embed-demo: site ## Try both embeds: the built site with a CORS header on 127.0.0.1:8000, host pages on :8001 (PORT= to move)
	$(PY) -m tools embed-demo --site $(SITE_DIR) --port $(PORT)

# ProperDocs' environment is part of `make test`: the suite builds the guide with it and compares (tests/test_engines.py).
test: browser $(DEV_DEPS) $(PD_STAMP) ## Run every test: data, renderer, built site (MkDocs and ProperDocs), links, browser
	$(PY) -m macros check  # the data, and each published translation against its min_translated
	$(PY) -m pytest

test-fast: $(DEV_DEPS) ## The contributor loop (under 30 s): every test that needs neither a site build nor a browser
	$(PY) -m pytest -m "not build and not browser" -q -n 2

bench: $(DEV_DEPS) browser ## Measure first build, build speed, scaling, page weight and Lighthouse; writes BENCHMARKS.md
	$(PY) -m tools.bench

properdocs: $(PD_STAMP) ## Install ProperDocs (requirements-properdocs.txt) into .venv-properdocs, for ENGINE=properdocs

zensical: $(ZS_STAMP) ## Install Zensical (requirements-zensical.txt) into .venv-zensical, for the canary

engines: $(DEV_DEPS) $(PD_STAMP) $(NODE_BUILD_STAMP) ## Build mkdocs.yml strictly with MkDocs and with ProperDocs; fail naming every file that differs
	$(PY) -m tools engines

zensical-canary: $(DEV_DEPS) $(ZS_STAMP) browser ## Build the staged site with Zensical and report each check; writes .cache/canary/report.md
	$(PY) -m tools zensical-canary --report $(CANARY_REPORT) --fail-on $(CANARY_FAIL_ON) $(CANARY_ARGS)

clean: ## Remove build output (keeps the environments)
	rm -rf $(SITE_DIR) .pytest_cache

# Contributor tools (python -m tools): scaffold a practice or a language, check external links (needs the network), lint what pre-commit lints.
.PHONY: new-practice new-language links-external lint
LINK_REPORT ?= .cache/links/report.md
LINK_SUMMARY ?= .cache/links/summary.json

NEW_PRACTICE_USAGE := usage: make new-practice ID=<id> AREA=<area> LEVEL=<2-4>
NEW_LANGUAGE_USAGE := usage: make new-language LANG=<BCP 47 tag, such as es or pt-BR>

new-practice: $(BUILD_STAMP) ## Start data/practices/ID.yml from the commented template: make new-practice ID=<id> AREA=<area> LEVEL=<2-4>
	@if [ -z "$(ID)" ] || [ -z "$(AREA)" ] || [ -z "$(LEVEL)" ]; then echo "$(NEW_PRACTICE_USAGE)" >&2; exit 2; fi
	@$(PY) -m tools new-practice --id "$(ID)" --area "$(AREA)" --level "$(LEVEL)"

# LANG is also the locale's variable: the scaffold runs with a real one, and gets the language as its argument.
new-language: $(BUILD_STAMP) ## Scaffold data/i18n/LANG/ with every text missing (publishing it is a separate step): make new-language LANG=xx
	@if [ -z "$(LANG)" ] || [ "$(origin LANG)" != "command line" ]; then echo "$(NEW_LANGUAGE_USAGE)" >&2; exit 2; fi
	@LANG=C.UTF-8 $(PY) -m macros.i18n.scaffold "$(LANG)"

links-external: site $(DEV_STAMP) ## Check the built site's external links with LinkChecker (needs the network); writes .cache/links/report.md
	$(PY) -m tools links-external --site $(SITE_DIR) --report $(LINK_REPORT) --summary $(LINK_SUMMARY)

lint: $(DEV_DEPS) ## Lint YAML (yamllint), Python (ruff check and format) and JavaScript (eslint, with no-unsanitized)
	$(VENV)/bin/yamllint --strict -c .yamllint.yml .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	npm run --silent lint:js
