# The one place that says how to run, test and check the dashboard. Needs Python 3.11 (python3 on PATH).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501

.PHONY: run test lint typecheck unit screenshots clean

$(VENV)/.app: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.app requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

## make run: create .venv, install, serve the dashboard on http://localhost:$(PORT)
run: $(VENV)/.app
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

## make test: install what the tests need, then lint, type-check and run every test
test: lint typecheck unit

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.dev
	$(PY) -m mypy

unit: $(VENV)/.dev
	$(PY) -m pytest -q

## make screenshots: full-page screenshots of every page in both languages, into screenshots/ (git-ignored)
screenshots: $(VENV)/.dev
	$(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache screenshots
