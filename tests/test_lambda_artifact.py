"""The Lambda artifact as `sam build` builds it (`make build-SkillFunction`): exactly the locked
packages (requirements/lambda.txt, hashes checked), bytecode for the runtime's Python only,
nothing from the webservice extra or boto3, and it answers a launch in a fresh, isolated
interpreter of the runtime's version. Built for x86_64 here so it can run here (the template
deploys arm64; the wheels differ only in platform tags, and the lock hashes both)."""

import json
import os
import re
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


def locked(lock: str = "lambda.txt") -> dict[str, str]:
    """name -> version pinned in a lock, names normalised as wheels spell them."""
    text = (ROOT / "requirements" / lock).read_text()
    return {re.sub(r"[-_.]+", "_", name).lower(): version
            for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.M)}


def test_the_artifact_holds_exactly_the_locked_packages(artifact):
    installed = dict(path.name.removesuffix(".dist-info").lower().split("-", 1)
                     for path in artifact.glob("*.dist-info"))
    assert installed.pop("hip_mobility_coach") == "0.1.0"
    assert installed == locked()


def test_the_lock_hashes_the_arm64_wheels_the_template_deploys(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--require-hashes", "--only-binary=:all:", "--implementation", "cp",
                    "--platform", "manylinux2014_aarch64", "--python-version", RUNTIME,
                    "--dest", str(tmp_path), "-r", str(ROOT / "requirements" / "lambda.txt")],
                   check=True, capture_output=True, timeout=600)
    assert len(list(tmp_path.glob("*.whl"))) == len(locked())


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
