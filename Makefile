# The one place that says how to run, test and check the dashboard. Needs Python 3.11 (python3 on PATH).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501

CHROMIUM ?= chromium

.PHONY: run test lint typecheck unit browser screenshots clean bench

$(VENV)/.app: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.app requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

## make run: create .venv, install, serve the dashboard on http://localhost:$(PORT)
run: $(VENV)/.app
	$(PY) -m ui.serve run dashboard.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

## make test: install what the tests need, then lint, type-check and run every test
test: lint typecheck unit

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.dev
	$(PY) -m mypy

unit: $(VENV)/.dev browser
	$(PY) -m pytest -q

## browser: Debian's Chromium for the real-browser tests (installed with apt as root; otherwise they are skipped)
browser:
	@if command -v $(CHROMIUM) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium with apt for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "could not install chromium: the browser tests will be skipped"; \
	else echo "no chromium and not root: the browser tests will be skipped"; fi

## make screenshots: full-page screenshots of every page in both languages, into screenshots/ (git-ignored)
screenshots: $(VENV)/.dev
	$(PY) tools/screenshots.py

## make bench: the benchmark at province and national scale (not part of make test); results in bench/results/
bench: $(VENV)/.dev browser
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache screenshots
