"""Small crashes that made the skill say "Sorry" or answer with invalid JSON: digits that are not
digits to int() ("²"), a stored item that is not a JSON object, and session attributes holding
numbers JSON has no words for (NaN, Infinity, 1e999)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from skill.alexa.flows import dialog
from skill.alexa.platform.audio_player import Token
from skill.alexa.skill import build_skill, handle_event
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.store import MemoryProgressStore
from skill.store.sqlite import SqliteProgressStore
from tests.signing import CERT_URL, sign
from tests.test_web_hardening import CHAIN, client_with, recording_fetch

SORRY = "Sorry, something went wrong"
NOT_DIGITS = ["²", "³4", "٣" * 20, "1" * 5000, "½"]


def speech(response: dict) -> str:
    return (response["response"].get("outputSpeech") or {}).get("ssml", "")


@pytest.mark.parametrize("value", NOT_DIGITS)
@pytest.mark.parametrize("intent, slot", [("SetHoldTimeIntent", "seconds"),
                                          ("SuggestRoutineIntent", "minutes")])
def test_number_slots_that_only_look_like_digits_are_heard_as_no_number(intent, slot, value):
    caller = Caller()
    response = handle_event(build_skill(MemoryProgressStore()),
                            caller.intent(caller.new_session(), intent, **{slot: value}))
    assert SORRY not in speech(response) and speech(response)


@pytest.mark.parametrize("value", NOT_DIGITS)
def test_state_and_tokens_that_only_look_like_digits_are_refused_not_crashed_on(value):
    assert Token.parse(f"hipcoach:post_run:0::{value}:steps/a.mp3:0:0") is None
    caller = Caller()
    session = caller.new_session()
    session.attributes = {"awaiting": f"{dialog.offer('post_run')}@{value}"}
    response = handle_event(build_skill(MemoryProgressStore()), caller.intent(session,
                                                                              "AMAZON.YesIntent"))
    assert SORRY not in speech(response)


@pytest.mark.parametrize("stored", [b"[1, 2]", b'"a string"', b"42", b"null", b"not json"])
def test_a_stored_item_that_is_not_a_json_object_is_answered_and_replaced(tmp_path, stored):
    """The runner hears the skill (the store reads such an item as a fresh start) rather than
    "Sorry" on every request; their next save writes a whole profile in its place."""
    path = tmp_path / "p.sqlite3"
    store = SqliteProgressStore(path)
    caller = Caller()
    store.save(caller.user_id, {"version": 0})
    with sqlite3.connect(path) as db:
        db.execute("UPDATE profiles SET item = ?", (stored.decode(),))
    skill = build_skill(store)
    session = caller.new_session()
    launched = handle_event(skill, caller.launch(session))
    assert SORRY not in speech(launched) and "Hip Coach" in speech(launched)
    started = handle_event(skill, caller.intent(session, "StartRoutineIntent",
                                                routine="post-run"))
    assert SORRY not in speech(started)
    with sqlite3.connect(path) as db:
        (item,), = db.execute("SELECT item FROM profiles").fetchall()
    assert isinstance(json.loads(item), dict)


def with_attributes(value: float) -> bytes:
    caller = Caller()
    event = caller.launch(caller.new_session(), datetime.now(UTC))
    event["session"]["attributes"] = {"awaiting": "menu", "count": value, "deep": [{"x": value}]}
    return json.dumps(event).encode()  # Python writes NaN and Infinity as JSON does not


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_session_attributes_with_numbers_json_cannot_hold_are_a_clear_400(value):
    body = with_attributes(value)
    fetch, _ = recording_fetch()
    response = client_with(fetch).post("/", data=body, headers={
        "Content-Type": "application/json", "SignatureCertChainUrl": CERT_URL,
        "Signature-256": sign(body, CHAIN.leaf.key)})
    assert response.status_code == 400
    json.loads(response.data, parse_constant=pytest.fail)  # valid JSON, no NaN in it


def test_1e999_in_session_attributes_is_refused_too():
    body = with_attributes(1.0).replace(b'"count": 1.0', b'"count": 1e999')
    fetch, _ = recording_fetch()
    response = client_with(fetch).post("/", data=body, headers={
        "Content-Type": "application/json", "SignatureCertChainUrl": CERT_URL,
        "Signature-256": sign(body, CHAIN.leaf.key)})
    assert response.status_code == 400
    refused = handle_event(build_skill(MemoryProgressStore(), SKILL_ID), json.loads(body))
    assert refused == {"version": "1.0", "response": {}}


def test_an_honest_request_still_goes_through():
    fetch, _ = recording_fetch()
    body = with_attributes(1.5)
    response = client_with(fetch).post("/", data=body, headers={
        "Content-Type": "application/json", "SignatureCertChainUrl": CERT_URL,
        "Signature-256": sign(body, CHAIN.leaf.key)})
    assert response.status_code == 200
    json.loads(response.data, parse_constant=pytest.fail)
