# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-tools build-SkillFunction skill-package

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

# The skill package `ask deploy --target skill-metadata` uploads (ask-resources.json), with the
# endpoint taken from the deployed stack's SkillFunctionArn output (or SKILL_ENDPOINT_ARN), and
# SKILL_PRIVACY_URL and SKILL_TERMS_URL from the environment.
STACK ?= hip-mobility-coach
skill-package: $(BIN)/hipcoach
	SKILL_ENDPOINT_ARN="$${SKILL_ENDPOINT_ARN:-$$(aws cloudformation describe-stacks \
		--stack-name $(STACK) --output text \
		--query "Stacks[0].Outputs[?OutputKey=='SkillFunctionArn'].OutputValue")}" \
		$(BIN)/hipcoach package --out build/skill-package

# Called by `sam build` (template.yaml: BuildMethod makefile): the skill package and what its
# Lambda path imports, as Linux wheels for the runtime (arm64 by default), plus the entry point.
# No webservice code (the `web` extra), no console scripts, no boto3 unless BUNDLE_BOTO3=1 (the
# runtime provides it); bytecode compiled by the runtime's Python version.
LAMBDA_PLATFORM ?= manylinux2014_aarch64
LAMBDA_PYTHON ?= 3.12
BUNDLE_BOTO3 ?= 0
LAMBDA_PIP = $(PYTHON) -m pip install --quiet --no-compile --target "$(ARTIFACTS_DIR)" \
	--platform $(LAMBDA_PLATFORM) --implementation cp --python-version $(LAMBDA_PYTHON) \
	--only-binary=:all:
build-SkillFunction:
	$(PYTHON) -m pip wheel --quiet --no-deps --wheel-dir "$(ARTIFACTS_DIR)/.wheels" .
	scripts/lambda-requirements $(if $(filter 1,$(BUNDLE_BOTO3)),--with-boto3) \
		> "$(ARTIFACTS_DIR)/.requirements.txt"
	$(LAMBDA_PIP) --no-deps "$(ARTIFACTS_DIR)"/.wheels/*.whl
	$(LAMBDA_PIP) -r "$(ARTIFACTS_DIR)/.requirements.txt"
	rm -rf "$(ARTIFACTS_DIR)/.wheels" "$(ARTIFACTS_DIR)/.requirements.txt" "$(ARTIFACTS_DIR)/bin"
	cp lambda/lambda_function.py "$(ARTIFACTS_DIR)/"
	scripts/compile-for-lambda "$(ARTIFACTS_DIR)" $(LAMBDA_PYTHON)
