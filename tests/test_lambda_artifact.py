"""The Lambda artifact as `sam build` builds it (`make build-SkillFunction`): bytecode for the
runtime's Python only, nothing from the webservice extra or boto3, and it answers a launch in a
fresh, isolated interpreter of the runtime's version. Built for x86_64 here so it can run here
(the template deploys arm64; the wheels differ only in platform tags)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services import runtime_python

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = "3.12"  # template.yaml: python3.12
WEB_AND_TEST_PACKAGES = {"flask", "werkzeug", "jinja2", "click", "waitress", "cryptography",
                         "cffi", "ask_sdk_webservice_support", "certvalidator", "oscrypto",
                         "asn1crypto", "freezegun", "pytest", "hypothesis"}
BOTO3 = {"boto3", "botocore", "s3transfer", "jmespath"}


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    out = tmp_path_factory.mktemp("artifact")
    subprocess.run(["make", "--no-print-directory", "build-SkillFunction",
                    f"ARTIFACTS_DIR={out}", "LAMBDA_PLATFORM=manylinux2014_x86_64",
                    f"PYTHON={sys.executable}"], cwd=ROOT, check=True, capture_output=True,
                   timeout=600)
    return out


def test_bytecode_is_only_for_the_runtimes_python(artifact):
    tags = {path.name.split(".")[-2] for path in artifact.rglob("*.pyc")}
    if runtime_python() is None:
        assert tags == set()  # none rather than another Python's
    else:
        assert tags == {f"cpython-{RUNTIME.replace('.', '')}"}


def test_no_webservice_test_or_boto3_packages_and_no_scripts(artifact):
    top = {path.name.split("-")[0].lower() for path in artifact.iterdir()}
    assert not top & (WEB_AND_TEST_PACKAGES | BOTO3), top & (WEB_AND_TEST_PACKAGES | BOTO3)
    assert not (artifact / "bin").exists()
    assert (artifact / "lambda_function.py").exists() and (artifact / "skill").is_dir()


def test_the_artifact_answers_a_launch_in_a_fresh_runtime_interpreter(artifact, tmp_path):
    python = runtime_python()
    if python is None:
        pytest.skip(f"no Python {RUNTIME} on this machine")
    from skill.simulator.envelopes import Caller

    caller = Caller(screen=True)  # the screens' APL documents must be in the artifact too
    event = json.dumps(caller.launch(caller.new_session()), default=str)
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import lambda_function; "
            "print(json.dumps(lambda_function.handler(json.loads(sys.stdin.read()), None)))")
    env = {"PROGRESS_DB": str(tmp_path / "p.sqlite3"), "PATH": os.environ.get("PATH", "")}
    out = subprocess.run([python, "-I", "-c", code, str(artifact)], input=event, env=env,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    response = json.loads(out)["response"]
    assert "Welcome to Hip Coach" in response["outputSpeech"]["ssml"]
    assert response["directives"][0]["document"]["type"] == "APL"
