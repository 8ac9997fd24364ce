# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-tools build-SkillFunction build-McpFunction skill-package lock

$(BIN)/hipcoach: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/hipcoach
	$(BIN)/hipcoach chat

# The tools first, so a machine without Node.js hears what to install before anything else runs.
# The suite runs on every core (pytest-xdist); `.venv/bin/pytest` alone runs it in one process.
test: test-tools $(BIN)/hipcoach
	$(BIN)/ruff check .
	$(BIN)/cfn-lint template.yaml
	$(BIN)/pytest --numprocesses auto

test-tools:
	scripts/install-test-tools

# The skill package `ask deploy --target skill-metadata` uploads (ask-resources.json), with the
# endpoint taken from the deployed stack's SkillFunctionArn output (or SKILL_ENDPOINT_ARN), and
# SKILL_PRIVACY_URL and SKILL_TERMS_URL from the environment; with STRAVA_CLIENT_ID and
# STRAVA_CLIENT_SECRET there too, account linking with Strava (README, "Strava"). The secret
# is Alexa's, for its token requests, so it goes only into build/ and never into the stack.
STACK ?= hip-mobility-coach
skill-package: $(BIN)/hipcoach
	SKILL_ENDPOINT_ARN="$${SKILL_ENDPOINT_ARN:-$$(aws cloudformation describe-stacks \
		--stack-name $(STACK) --output text \
		--query "Stacks[0].Outputs[?OutputKey=='SkillFunctionArn'].OutputValue")}" \
		$(BIN)/hipcoach package --out build/skill-package

# Called by `sam build` (template.yaml: BuildMethod makefile): the skill package and what its
# Lambda path imports, as Linux wheels for the runtime (arm64 by default), plus the entry point.
# No webservice code (the `web` extra), no console scripts, no boto3 unless BUNDLE_BOTO3=1 (the
# runtime provides it); bytecode compiled by the runtime's Python version. The dependencies
# come from the lock (requirements/lambda.txt, or lambda-boto3.txt), each file checked against
# its hash, so a build on any day installs the same bytes.
LAMBDA_PLATFORM ?= manylinux2014_aarch64
LAMBDA_PYTHON ?= 3.12
BUNDLE_BOTO3 ?= 0
LAMBDA_LOCK = requirements/$(if $(filter 1,$(BUNDLE_BOTO3)),lambda-boto3,lambda).txt
LAMBDA_PIP = $(PYTHON) -m pip install --quiet --no-compile --target "$(ARTIFACTS_DIR)" \
	--platform $(LAMBDA_PLATFORM) --implementation cp --python-version $(LAMBDA_PYTHON) \
	--only-binary=:all:
build-SkillFunction:
	$(PYTHON) -m pip wheel --quiet --no-deps --wheel-dir "$(ARTIFACTS_DIR)/.wheels" .
	$(LAMBDA_PIP) --no-deps "$(ARTIFACTS_DIR)"/.wheels/*.whl
	$(LAMBDA_PIP) --require-hashes -r $(LAMBDA_LOCK)
	rm -rf "$(ARTIFACTS_DIR)/.wheels" "$(ARTIFACTS_DIR)/bin"
	cp lambda/lambda_function.py "$(ARTIFACTS_DIR)/"
	scripts/compile-for-lambda "$(ARTIFACTS_DIR)" $(LAMBDA_PYTHON)
build-StravaWebhookFunction: build-SkillFunction  # the same code, another entry point

# The MCP server's function (template.yaml: McpFunction, the /mcp route): the same package with
# the mcp extra's dependencies, from their own lock (requirements/lambda-mcp.txt).
build-McpFunction:
	$(PYTHON) -m pip wheel --quiet --no-deps --wheel-dir "$(ARTIFACTS_DIR)/.wheels" .
	$(LAMBDA_PIP) --no-deps "$(ARTIFACTS_DIR)"/.wheels/*.whl
	$(LAMBDA_PIP) --require-hashes -r requirements/lambda-mcp.txt
	rm -rf "$(ARTIFACTS_DIR)/.wheels" "$(ARTIFACTS_DIR)/bin"
	cp lambda/mcp_function.py "$(ARTIFACTS_DIR)/"
	scripts/compile-for-lambda "$(ARTIFACTS_DIR)" $(LAMBDA_PYTHON)

# The locks: every package the Lambda artifacts, the webservice (with the MCP server beside it:
# web-mcp.txt) and a development machine install
# (requirements/dev.txt: the test tools too), pinned with the hash
# of each of its files on PyPI, made by pip-tools' pip-compile (the standard tool for this).
# Run after changing pyproject.toml's dependencies; UPGRADE=1 also takes newer versions. The
# Lambda locks are compiled by the runtime's Python (pip-tools installed for it), the webservice
# lock by the project's.
LOCK_LAMBDA_PYTHON ?= python$(LAMBDA_PYTHON)
LOCK_WEB_PYTHON ?= $(BIN)/python
PIP_COMPILE = -m piptools compile --quiet --generate-hashes --strip-extras \
	--no-emit-index-url --no-emit-find-links $(if $(filter 1,$(UPGRADE)),--upgrade)
lock: export CUSTOM_COMPILE_COMMAND := make lock
lock:
	scripts/lambda-requirements | $(LOCK_LAMBDA_PYTHON) $(PIP_COMPILE) \
		--output-file requirements/lambda.txt -
	scripts/lambda-requirements --with-boto3 | $(LOCK_LAMBDA_PYTHON) $(PIP_COMPILE) \
		--output-file requirements/lambda-boto3.txt -
	scripts/lambda-requirements --with-mcp | $(LOCK_LAMBDA_PYTHON) $(PIP_COMPILE) \
		--output-file requirements/lambda-mcp.txt -
	$(LOCK_WEB_PYTHON) $(PIP_COMPILE) --extra web --output-file requirements/web.txt pyproject.toml
	$(LOCK_WEB_PYTHON) $(PIP_COMPILE) --extra web --extra mcp --output-file \
		requirements/web-mcp.txt pyproject.toml
	scripts/dev-requirements | $(LOCK_WEB_PYTHON) $(PIP_COMPILE) --output-file requirements/dev.txt -
