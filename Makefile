# The two commands of the README: `make run` sets up and reads the bundled example article;
# `make test` runs the whole test suite (and the linter).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fuzz clean

run: $(STAMP)
	$(BIN)/warta analyze

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

# many more fuzzing examples than `make test` runs: FUZZ_EXAMPLES per test (10 tests), with the
# outcomes seen (read, or each kind of failure) per test
FUZZ_EXAMPLES ?= 4000
fuzz: $(STAMP)
	WARTA_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -p no:cacheprovider tests/test_fuzz.py \
		--hypothesis-show-statistics -W ignore::DeprecationWarning

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
