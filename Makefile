# Two set-up commands on a fresh machine: `make demo` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
GENERATED := asana_client/_generated
MERGED := specs/merged/asana.yaml
FACADE := asana_client/_resources asana_client/models.py
FAKE_ROUTES := asana_client/testing/_routes.py
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: all test lint typecheck pytest generate check-generated demo bench clean

all: test

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

test: $(BIN)/.installed lint typecheck pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy asana_client specs/merge.py specs/facade.py specs/fake_routes.py examples bench \
		tests/conftest.py

# Two workers: the CI machine has two cores, and the suite's tests share no state or ports
# (each makes its own FakeAsana, loopback servers bind port 0).
pytest: $(BIN)/.installed
	$(PY) -m pytest -n 2

# Merge the specs, wipe the old package (stale modules must not survive), generate with the
# templates that override the generator's (templates/README.md), format.
generate: $(BIN)/.installed
	$(PY) specs/merge.py
	rm -rf $(GENERATED)
	$(BIN)/openapi-python-client generate --path $(MERGED) \
		--config generator-config.yaml --custom-template-path templates \
		--meta none --output-path $(GENERATED) --fail-on-warning
	find $(GENERATED) -name '__pycache__' -o -name '.ruff_cache' | xargs rm -rf
	$(PY) specs/facade.py
	$(PY) specs/fake_routes.py

# What CI does on top of the tests: the committed generated tree is exactly what the specs give.
check-generated: generate
	@test -z "$$(git status --porcelain -- $(GENERATED) $(MERGED) $(FACADE) $(FAKE_ROUTES))" || \
		{ git status --short -- $(GENERATED) $(MERGED) $(FACADE) $(FAKE_ROUTES); \
		echo "generated code drifted"; exit 1; }

demo: $(BIN)/.installed
	$(PY) examples/sync_to_sqlite.py

bench: $(BIN)/.installed
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
