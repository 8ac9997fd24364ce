# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint

$(BIN)/hipcoach: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/hipcoach
	$(BIN)/hipcoach chat

test: $(BIN)/hipcoach
	scripts/install-test-tools
	$(BIN)/ruff check .
	$(BIN)/pytest
