"""Inputs that once gave a 500 or an unhandled Lambda exception: a timestamp whose UTC offset is
a day or more, a lone surrogate in an id, and a certificate cache that cannot be written. A
malformed body is a 400 with a reason in the log, a malformed Lambda event a logged refusal and
an empty response; a cache that fails is logged and done without."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.simulator.local_pki import make_chain
from skill.store import MemoryProgressStore
from skill.web import create_app
from skill.web.verify import alexa_verifiers
from tests.signing import CERT_URL, sign, signed

CHAIN = make_chain(dns=("echo-api.amazon.com",))
REFUSED = {"version": "1.0", "response": {}}


def stamped(event: dict, stamp: str) -> dict:
    event["request"]["timestamp"] = stamp
    return event


def lone_surrogate(event: dict) -> dict:
    event["context"]["System"]["user"]["userId"] = "\ud800"
    if event.get("session"):
        event["session"]["user"]["userId"] = "\ud800"
    return event


def launch() -> dict:
    caller = Caller()
    return caller.launch(caller.new_session(), datetime.now(UTC))


def disabled() -> dict:
    return Caller().skill_disabled("NOT_PERSISTED")


def dunder_user(event: dict) -> dict:
    event["context"]["System"]["user"] = {"__dict__": {}}  # found by the fuzzer: no user id
    return event


# name: (the event, a word of the reason logged)
MALFORMED = {
    "launch, user {'__dict__': {}}": (lambda: dunder_user(launch()), "keeps for itself"),
    "launch, offset +25:00": (lambda: stamped(launch(), "2026-03-03T07:00:00+25:00"),
                              "timestamp"),
    "launch, offset -24:00": (lambda: stamped(launch(), "2026-03-03T07:00:00-24:00"),
                              "timestamp"),
    "SkillDisabled, offset +25:00": (lambda: stamped(disabled(), "2026-03-03T07:00:00+25:00"),
                                     "timestamp"),
    "launch, userId \\ud800": (lambda: lone_surrogate(launch()), "surrogate"),
    "SkillDisabled, userId \\ud800": (lambda: lone_surrogate(disabled()), "surrogate"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
@pytest.mark.parametrize("signed_body", [False, True], ids=["unverified", "signed"])
def test_malformed_bodies_are_a_400_with_the_reason_logged(name, signed_body, caplog):
    event, reason = MALFORMED[name]
    body = json.dumps(event()).encode()  # ensure_ascii: "\ud800" goes as an escape
    headers = {"Content-Type": "application/json"}
    if signed_body:
        headers.update({"SignatureCertChainUrl": CERT_URL,
                        "Signature-256": sign(body, CHAIN.leaf.key)})
        verifiers = alexa_verifiers(SKILL_ID, [CHAIN.root.cert],
                                    fetch=lambda url: CHAIN.leaf_chain_pem())
        app = create_app(build_skill(MemoryProgressStore()), verifiers=verifiers)
    else:
        app = create_app(build_skill(MemoryProgressStore()), verify=False)
    with caplog.at_level(logging.WARNING):
        response = app.test_client().post("/", data=body, headers=headers)
    assert response.status_code == 400
    assert "error" in response.get_json()
    assert reason in caplog.text and "request failed" not in caplog.text


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_lambda_events_are_refused_not_raised(name, caplog):
    event, reason = MALFORMED[name]
    skill = build_skill(MemoryProgressStore(), SKILL_ID)
    with caplog.at_level(logging.WARNING):
        assert handle_event(skill, event(), None) == REFUSED
    assert "refused an event" in caplog.text and reason in caplog.text
    assert "request failed" not in caplog.text  # refused before any handler ran


def unwritable_caches(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o555)
    cases = {"a file": a_file, "under a file": a_file / "certs"}
    if os.geteuid() != 0:  # root writes anywhere
        cases["read-only"] = read_only
    return cases


@pytest.mark.parametrize("case", ["a file", "under a file", "read-only"])
def test_an_unwritable_certificate_cache_is_logged_and_done_without(case, tmp_path, caplog):
    cases = unwritable_caches(tmp_path)
    if case not in cases:
        pytest.skip("root can write a read-only folder")
    fetched = []

    def fetch(url):
        fetched.append(url)
        return CHAIN.leaf_chain_pem()

    verifiers = alexa_verifiers(SKILL_ID, [CHAIN.root.cert], cases[case], fetch)
    client = create_app(build_skill(MemoryProgressStore()), verifiers=verifiers).test_client()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            body, headers = signed(launch(), CHAIN.leaf.key)
            assert client.post("/", data=body, headers=headers).status_code == 200
    assert len(fetched) == 1  # the memory cache still works
    assert "certificate cache" in caplog.text
