# tidings: `make demo` and `make test` are the quick start; both set up .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint lock clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		(echo "tidings needs Python 3.11 or newer (set PYTHON=...)" >&2; exit 1)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## Analyze the bundled sample corpus into .demo/ and print the report.
demo: $(STAMP)
	$(BIN)/tidings analyze examples/sample --db .demo/tidings.duckdb --out .demo/out
	@echo
	@echo "Open the dashboard and the API over this store:"
	@echo "    $(BIN)/tidings serve --db .demo/tidings.duckdb    # then visit http://127.0.0.1:8000/"

## Run the whole test suite (and the linter).
test: $(STAMP)
	$(BIN)/ruff check tidings tests bench tools fuzz
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check tidings tests bench tools fuzz
	$(BIN)/ruff format --check tidings tests bench tools fuzz

## Re-pin every dependency with hashes after changing pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra test --extra ray --generate-hashes --no-emit-find-links \
		--no-emit-index-url --strip-extras --allow-unsafe -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) .demo .pytest_cache build *.egg-info
