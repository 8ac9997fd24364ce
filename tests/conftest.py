"""Shared test set-up: every response any test produces is checked against Alexa's limits, and
small builders make envelopes and conversations read like the behaviour they test."""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill

from skill.alexa.platform.response_check import check_response
from skill.alexa.skill import build_skill, handle_event
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.simulator.local_pki import make_chain
from skill.store import MemoryProgressStore
from tests.services import free_port, wait_for_port
from tests.signing import CERT_URL

LAMBDA_FUNCTION = Path(__file__).resolve().parents[1] / "lambda" / "lambda_function.py"


def load_lambda_function(monkeypatch: pytest.MonkeyPatch, db_path: Path):
    """lambda/lambda_function.py as Lambda loads it, on the embedded store at `db_path`."""
    monkeypatch.setenv("PROGRESS_DB", str(db_path))
    monkeypatch.delenv("PROGRESS_TABLE", raising=False)
    monkeypatch.delenv("SKILL_ID", raising=False)
    spec = importlib.util.spec_from_file_location("lambda_function", LAMBDA_FUNCTION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def lambda_entry(tmp_path, monkeypatch):
    """(lambda_function.handler, the SQLite file it keeps progress in)."""
    path = tmp_path / "p.sqlite3"
    return load_lambda_function(monkeypatch, path).handler, path

_SERIALIZER = DefaultSerializer()
CHECKED = {"responses": 0}


@pytest.fixture(autouse=True, scope="session")
def every_response_is_checked():
    """One hook for the whole suite: CustomSkill.invoke validates what it returns."""
    original = CustomSkill.invoke

    def checked_invoke(self, request_envelope, context):
        response = original(self, request_envelope, context)
        check_response(_SERIALIZER.serialize(response),
                       getattr(request_envelope.request, "object_type", "") or "")
        CHECKED["responses"] += 1
        return response

    CustomSkill.invoke = checked_invoke
    yield
    CustomSkill.invoke = original


@pytest.fixture
def store():
    return MemoryProgressStore()


@pytest.fixture
def skill(store):
    return build_skill(store)


@pytest.fixture
def send(skill):
    """Sends one envelope (dict) through the skill as Lambda would; returns the response dict."""
    return lambda event: handle_event(skill, event)


@pytest.fixture
def caller():
    return Caller()


@pytest.fixture
def conversation(skill, caller):
    return Conversation(lambda event, context: handle_event(skill, event, context), caller)


@pytest.fixture(scope="session")
def dynamodb_endpoint():
    """A real DynamoDB-compatible server for the whole test session, with boto3 pointed at it
    through its standard settings."""
    from tests.services import FAKE_AWS, dynalite, require_dynalite

    require_dynalite()
    saved = {k: os.environ.get(k) for k in (*FAKE_AWS, "AWS_ENDPOINT_URL_DYNAMODB")}
    with dynalite() as endpoint:
        os.environ.update(FAKE_AWS, AWS_ENDPOINT_URL_DYNAMODB=endpoint)
        yield endpoint
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def dynamo_store(dynamodb_endpoint):
    """A DynamoDB store on a table of its own."""
    from skill.store.dynamo import DynamoProgressStore

    store = DynamoProgressStore(f"progress-{uuid.uuid4().hex[:12]}")
    store.create_table()
    return store


@pytest.fixture(params=["memory", "sqlite", "dynamodb"])
def any_store(request, tmp_path):
    """Each store the skill can run on; contract tests run against all of them."""
    from skill.store.sqlite import SqliteProgressStore

    if request.param == "memory":
        return MemoryProgressStore()
    if request.param == "sqlite":
        return SqliteProgressStore(tmp_path / "progress.sqlite3")
    return request.getfixturevalue("dynamo_store")


@pytest.fixture
def served(tmp_path):
    """`hipcoach serve` in its own process, trusting a local root, with the signing chain
    already in its certificate cache (nothing here can reach Amazon's S3)."""
    chain = make_chain(dns=("echo-api.amazon.com",))
    cache = tmp_path / "certs"
    cache.mkdir()
    (cache / (hashlib.sha256(CERT_URL.encode()).hexdigest() + ".pem")).write_bytes(
        chain.leaf_chain_pem())
    roots = tmp_path / "roots.pem"
    roots.write_bytes(chain.root.pem)
    port = free_port()
    env = {**os.environ, "SKILL_ID": SKILL_ID, "PROGRESS_DB": str(tmp_path / "p.sqlite3")}
    env.pop("PROGRESS_TABLE", None)
    # The server's log goes to a file: a pipe nobody reads fills (64 KiB), and then every
    # worker thread blocks on its next log line and the server stops answering.
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "skill.cli", "serve", "--port", str(port), "--trust-roots",
         str(roots), "--cert-cache", str(cache)], env=env, stdout=log,
        stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}", chain
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


# Hands-free audio ----------------------------------------------------------------------------
AUDIO_ROUTINES = ("quick_post_run", "pre_run")  # holds with a halfway cue, counted reps
AUDIO_HOLDS = (None, 45)
AUDIO_BASE = "https://audio.example.test/hipcoach/"


@pytest.fixture(scope="session")
def audio_build(tmp_path_factory):
    """A hands-free build made with espeak-ng, as `hipcoach audio build` makes it, limited to
    a few routines so the suite stays quick."""
    from skill.audio.build import build
    from skill.audio.engines import Espeak
    from skill.catalog import routine
    from tests.services import require_tools

    require_tools("espeak-ng", "ffmpeg", "ffprobe")
    # Made once a run: with the suite spread over workers (pytest-xdist), in the folder they
    # share, by whichever asks first while the others wait for it.
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    out = shared / "audio-build"
    with open(shared / "audio-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / "index.json").exists():
            build(out, Espeak(), [routine(r) for r in AUDIO_ROUTINES], AUDIO_HOLDS)
    return out


@pytest.fixture
def audio_library(audio_build, monkeypatch):
    """The skill configured to play `audio_build` hands-free, as `serve --audio-dir` does."""
    from skill.alexa.platform import audio_player as mode

    monkeypatch.setenv("AUDIO_BASE_URL", AUDIO_BASE)
    monkeypatch.setenv("AUDIO_DIR", str(audio_build))
    mode._libraries.clear()
    yield mode.library()
    mode._libraries.clear()
