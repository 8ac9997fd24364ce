"""The real thing on loopback: `hipcoach serve` (waitress) verifying signed requests, the
the import compatibility step, and Lambda's handler on dynalite."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import requests

from skill.simulator.envelopes import SKILL_ID, Caller
from skill.web import compat
from tests.signing import signed

ROOT = Path(__file__).resolve().parents[1]


def test_hipcoach_serve_answers_signed_requests_and_rejects_the_rest(served):
    url, chain = served
    caller = Caller()
    body, headers = signed(caller.launch(caller.new_session()), chain.leaf.key)
    answered = requests.post(url + "/", data=body, headers=headers, timeout=10)
    assert answered.status_code == 200
    assert "Hip Coach" in answered.json()["response"]["outputSpeech"]["ssml"]
    tampered = requests.post(url + "/", data=body.replace(b"en-US", b"en-GB"), headers=headers,
                             timeout=10)
    assert tampered.status_code == 400
    assert requests.get(url + "/health", timeout=10).json() == {"status": "ok"}


def test_compat_step_leaves_a_loading_certvalidator_alone(monkeypatch):
    import types

    working = types.ModuleType("certvalidator")
    monkeypatch.setitem(sys.modules, "certvalidator", working)
    assert compat.ensure_webservice_support_imports() is False
    assert sys.modules["certvalidator"] is working


def test_compat_step_makes_the_sdk_import_on_this_openssl():
    code = ("from skill.web.compat import ensure_webservice_support_imports as step\n"
            "needed = step()\n"
            "from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler\n"
            "import certvalidator\n"
            "if needed:\n"
            "    try:\n"
            "        certvalidator.CertificateValidator(None)\n"
            "    except RuntimeError as error:\n"
            "        print('refused:', error)\n"
            "print('needed' if needed else 'not needed')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert "not needed" in out or ("refused: certvalidator cannot load" in out
                                   and "needed" in out)


def test_lambda_handler_answers_a_launch_against_dynalite(dynamodb_endpoint, monkeypatch):
    from skill.store.dynamo import DynamoProgressStore

    DynamoProgressStore("hipcoach-lambda-test").create_table()
    monkeypatch.setenv("PROGRESS_TABLE", "hipcoach-lambda-test")
    monkeypatch.setenv("SKILL_ID", SKILL_ID)
    spec = importlib.util.spec_from_file_location("lambda_function",
                                                  ROOT / "lambda" / "lambda_function.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    caller = Caller(user_id="amzn1.ask.account.lambda-runner")
    response = module.handler(caller.launch(caller.new_session()), None)
    assert "Welcome to Hip Coach" in response["response"]["outputSpeech"]["ssml"]
    assert response["response"]["shouldEndSession"] is False
    stored = DynamoProgressStore("hipcoach-lambda-test").load(caller.user_id)
    assert stored["heard_safety"] is True
    json.dumps(response)  # what Lambda returns must be plain JSON
