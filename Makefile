# The two commands of the README: `make run` sets up and reads the bundled example article;
# `make test` runs the whole test suite (and the linter).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

run: $(STAMP)
	$(BIN)/warta analyze

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
