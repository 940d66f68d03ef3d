# The one place that says how to run, test and check the dashboard. Needs Python 3.11 (python3 on PATH).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
PORT   ?= 8501

CHROMIUM ?= chromium

# The dependencies are declared in pyproject.toml; requirements/*.lock pin every package, indirect ones included, with
# hashes: run.lock (the app), dev.lock (+ the dev group: tests, linters), bench.lock (+ the bench group).
# bootstrap.lock pins uv itself, which pip installs first (with hashes) and which then installs the locks.
UV_VERSION := 0.13.8
INDEX_URL  ?= https://pypi.org/simple
LOCKS      := requirements/run.lock requirements/dev.lock requirements/bench.lock
COMPILE     = $(UV) pip compile --quiet --index-url $(INDEX_URL) --universal --python-version 3.11 --generate-hashes --custom-compile-command "make lock"

.PHONY: app run test test-fast lint imports typecheck unit unit-fast browser postgres screenshots bench lock clean

# pip ignores this machine's configuration here (PIP_CONFIG_FILE=/dev/null, --isolated): a local find-links or extra
# index could offer a file other than the one whose hash the lock holds.
$(UV): requirements/bootstrap.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	PIP_CONFIG_FILE=/dev/null $(PY) -m pip --isolated --disable-pip-version-check install --quiet \
		--index-url $(INDEX_URL) --require-hashes --no-deps -r requirements/bootstrap.lock
	touch $@

# Install exactly one lock: what it does not list is removed (pip, setuptools and uv stay). The stamp says which lock
# the venv holds, so an unchanged lock is not synced again, while a changed one, or another lock, is.
$(VENV)/.synced-%: requirements/%.lock $(UV)
	rm -f $(VENV)/.synced-*
	$(UV) pip sync --quiet --require-hashes --index-url $(INDEX_URL) --python $(PY) $<
	touch $@

# The app needs run.lock; dev.lock and bench.lock hold it whole (they are resolved together), so a venv synced to one of
# them serves as it is, and `make run` after `make test` does not take the test tools away.
app: $(UV)
	@for lock in dev bench; do \
		if [ $(VENV)/.synced-$$lock -nt requirements/$$lock.lock ]; then exit 0; fi; \
	done; $(MAKE) --no-print-directory $(VENV)/.synced-run

## make run: create .venv, install requirements/run.lock, serve the dashboard on http://localhost:$(PORT)
run: app
	$(PY) -m ui.serve run dashboard.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

## make test: install requirements/dev.lock, then lint, check the layers, type-check and run every test
test: lint imports typecheck unit

## make test-fast: the same without the browser tests (tests/e2e, marker e2e)
test-fast: lint imports typecheck unit-fast

lint: $(VENV)/.synced-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

imports: $(VENV)/.synced-dev
	$(VENV)/bin/lint-imports

typecheck: $(VENV)/.synced-dev
	$(PY) -m mypy

unit: $(VENV)/.synced-dev browser postgres
	$(PY) -m pytest -q

unit-fast: $(VENV)/.synced-dev postgres
	$(PY) -m pytest -q -m "not e2e" --ignore=tests/e2e

## browser: Debian's Chromium for the real-browser tests (installed with apt as root; otherwise they are skipped)
browser:
	@if command -v $(CHROMIUM) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium with apt for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "could not install chromium: the browser tests will be skipped"; \
	else echo "no chromium and not root: the browser tests will be skipped"; fi

## postgres: PostgreSQL's initdb and pg_ctl, for the store's tests on PostgreSQL (tests/postgres.py starts a throwaway
## server; installed with apt as root; otherwise those tests are skipped)
postgres:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing postgresql with apt for the store's tests on PostgreSQL"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
			|| echo "could not install postgresql: the store's tests on PostgreSQL will be skipped"; \
	else echo "no initdb and not root: the store's tests on PostgreSQL will be skipped"; fi

## make screenshots: full-page screenshots of every page in both languages, into screenshots/ (git-ignored)
screenshots: $(VENV)/.synced-dev
	$(PY) tools/screenshots.py

## make bench: the benchmark at province and national scale (not part of make test); results in bench/results/
bench: $(VENV)/.synced-bench browser
	$(PY) bench/run.py
	$(PY) bench/store_engines.py

## make lock: after a change to the dependencies in pyproject.toml (or to UV_VERSION), pin them again with hashes.
## Pins that still fit are kept; `make lock UPGRADE=--upgrade` moves every indirect one to its newest version.
## bench.lock is made first and the others within it, so that the three agree on every version.
lock: $(UV)
	$(COMPILE) $(UPGRADE) pyproject.toml --group bench -o requirements/bench.lock
	$(COMPILE) $(UPGRADE) pyproject.toml --group dev -c requirements/bench.lock -o requirements/dev.lock
	$(COMPILE) $(UPGRADE) pyproject.toml -c requirements/bench.lock -o requirements/run.lock
	echo "uv==$(UV_VERSION)" | $(COMPILE) --no-annotate - -o requirements/bootstrap.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache screenshots
