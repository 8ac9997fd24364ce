# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-tools build-SkillFunction

$(BIN)/hipcoach: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/hipcoach
	$(BIN)/hipcoach chat

# The tools first, so a machine without Node.js hears what to install before anything else runs.
test: test-tools $(BIN)/hipcoach
	$(BIN)/ruff check .
	$(BIN)/cfn-lint template.yaml
	$(BIN)/pytest

test-tools:
	scripts/install-test-tools

# Called by `sam build` (template.yaml: BuildMethod makefile): the skill package and its
# dependencies as Linux arm64 wheels for the Lambda runtime, plus the entry point.
LAMBDA_PLATFORM ?= manylinux2014_aarch64
LAMBDA_PYTHON ?= 3.12
build-SkillFunction:
	$(PYTHON) -m pip wheel --quiet --no-deps --wheel-dir "$(ARTIFACTS_DIR)/.wheels" .
	$(PYTHON) -m pip install --quiet --target "$(ARTIFACTS_DIR)" --platform $(LAMBDA_PLATFORM) \
		--implementation cp --python-version $(LAMBDA_PYTHON) --only-binary=:all: \
		"$(ARTIFACTS_DIR)"/.wheels/*.whl
	rm -rf "$(ARTIFACTS_DIR)/.wheels"
	cp lambda/lambda_function.py "$(ARTIFACTS_DIR)/"
