# Groundgame — two commands on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: run test lint format typecheck screenshots bench bench-sync bench-team server i18n demo clean dist bundle dist-check

DIST_STAMP := $(VENV)/.dist-stamp

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(PY) tools/system_deps.py $(if $(DISPLAY),--display,)
	@touch $(STAMP)

## Start the app on the default data folder (or GROUNDGAME_DATA_DIR).
run: $(STAMP)
	$(PY) main.py

## Lint, type-check and run the whole test suite (offscreen Qt).
test: $(STAMP)
	$(PY) tools/system_deps.py --postgres
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## Render every main screen with demo data into docs/screenshots/ (the manager's dialogs and the
## Team screen from a team server the scripts start on loopback: PostgreSQL).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots
	$(PY) tools/system_deps.py --postgres
	QT_QPA_PLATFORM=offscreen $(PY) tools/manager_screens.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) tools/team_report_screens.py docs/screenshots

## Team mode sync at scale on loopback (prints figures against targets, gates nothing).
bench-sync: $(STAMP)
	$(PY) tools/system_deps.py --postgres
	$(PY) benchmarks/sync_bench.py

## The team roll-up at 50 reps / 5,000,000 activities and assigning by territory (prints figures
## against targets, gates nothing; the team is loaded once into bench-data/team-rollup).
bench-team: $(STAMP)
	$(PY) tools/system_deps.py --postgres
	$(PY) benchmarks/team_bench.py --markdown

## A team server on this machine: PostgreSQL in .server/ and the sync API on 127.0.0.1:8765.
server: $(STAMP)
	$(PY) tools/system_deps.py --postgres
	$(PY) tools/dev_server.py

## Update the translation sources from the code and compile them.
i18n: $(STAMP)
	$(PY) tools/i18n.py update

## Benchmarks at 100,000 contacts and 1,000,000 activities, then how fast the command line
## answers (prints figures, gates nothing).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py
	$(PY) benchmarks/cli_start.py

## The installable app: dist/groundgame/ (PyInstaller, one folder) and on Linux the .deb.
dist: $(DIST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/dist.py all

## The bundle alone (what dist-check needs; CI builds this, not the package).
bundle: $(DIST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/dist.py bundle

## Smoke-test the bundle from a clean environment (fresh HOME, env -i, offscreen).
dist-check:
	$(PY) tools/dist_check.py dist/groundgame/groundgame

$(DIST_STAMP): $(STAMP)
	$(PY) tools/system_deps.py --dist
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,dist]'
	@touch $(DIST_STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info .server
