# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench system-deps clean

# Python dependencies: exact pins in pyproject.toml, every transitive version fixed by constraints.txt.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,scale]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/mesint ingest mesint/data/samples/
	$(BIN)/mesint events --format table

# Debian packages some tests drive for real: Chromium (dashboard browser tests) and PostgreSQL + PostGIS
# (tests/pg). Installed by the project's own scripts; where they cannot be installed (no root, no sudo),
# those tests say so and skip.
system-deps:
	-@bash scripts/install-browser.sh
	-@bash scripts/install-pg.sh

test: $(STAMP) system-deps
	$(BIN)/ruff check mesint tests bench
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check mesint tests bench

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py --no-spacy
	$(BIN)/python bench/geo_speed.py

clean:
	rm -rf $(VENV) mesint.db build *.egg-info
