"""Bad or unexpected input never breaks the skill: every request type ask_sdk_model defines, the
real envelopes Alexa sent to public skills, fuzzed envelopes, and garbage session state."""

import importlib
import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import Request
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.alexa.language.interaction_model import BUILT_IN_INTENTS, CUSTOM_INTENTS
from skill.alexa.platform.response_check import check_response
from skill.alexa.skill import build_skill, handle_event
from skill.coach.progress import Profile
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.text import phrase

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = ROOT.parent / "shared" / "alexa-requests"
SERIALIZER = DefaultSerializer()
SPOKEN_TO = ("LaunchRequest", "IntentRequest")


def request_class(path: str):
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("request_type, path", sorted(Request.discriminator_value_class_map
                                                      .items()))
def test_every_request_type_the_sdk_defines_gets_a_valid_answer(request_type, path, send,
                                                                  caller):
    request = request_class(path)(request_id="amzn1.echo-api.request.x",
                                  timestamp=datetime.now(UTC), locale="en-US")
    for session in (None, caller.new_session()):
        response = send(caller.envelope(request, session))
        assert response["version"] == "1.0"
        check_response(response)
        if request_type not in SPOKEN_TO:
            assert "outputSpeech" not in response["response"]


def real_envelopes():
    if not REQUESTS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(
            reason=f"{REQUESTS} is absent: the captured Alexa envelopes live in ../shared"))]
    return sorted(REQUESTS.glob("*.json"))


@pytest.mark.parametrize("path", real_envelopes(), ids=lambda p: p.stem if p else "absent")
def test_real_envelopes_through_the_lambda_handler(lambda_module, path):
    event = json.loads(path.read_text())
    response = lambda_module.handler(event, None)
    check_response(response)
    json.dumps(response)
    if event["request"]["type"] in SPOKEN_TO:
        assert response["response"]["outputSpeech"]["ssml"].startswith("<speak>")


# Fuzzing -------------------------------------------------------------------------------------
INTENTS = [*CUSTOM_INTENTS, *BUILT_IN_INTENTS, "SomeoneElsesIntent", ""]
SLOTS = ["routine", "stretch", "seconds", "other"]
junk_text = st.text(min_size=0, max_size=40)
json_leaf = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(
    allow_nan=False) | junk_text
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    junk_text, inner, max_size=3), max_leaves=8)
profile_like = st.fixed_dictionaries({}, optional={
    "version": st.integers(-3, 5) | junk_text, "heard_safety": json_value,
    "position": json_value, "history": json_value, "hold_preference": json_value})
playback_like = st.fixed_dictionaries({}, optional={
    "routine_id": st.sampled_from(["post_run", "nope", ""]) | json_value,
    "hold": json_value, "step": json_value, "sent_at": json_value, "finished": json_value,
    "chunk_start": st.fixed_dictionaries({"index": st.integers(-5, 500),
                                          "offset": st.floats(-10, 1e4)}) | json_value,
    "next_cursor": st.fixed_dictionaries({"index": st.integers(-5, 500),
                                          "offset": st.floats(-10, 1e4)}) | json_value})


@st.composite
def envelopes(draw):
    caller = Caller(locale=draw(st.sampled_from(["en-US", "en-GB", "en-IN", "de-DE", "xx"])),
                    user_id=draw(st.sampled_from(["amzn1.ask.account.fuzz", "u"])))
    session = None
    if draw(st.booleans()):
        session = caller.new_session(draw(st.fixed_dictionaries({}, optional={
            "profile": profile_like | json_value, "playback": playback_like | json_value,
            "awaiting": json_value, "topic": json_value, "time_zone": st.sampled_from(
                ["UTC", "Mars/Olympus", "Europe/London"]) | json_value})))
        session.new = draw(st.booleans())
    kind = draw(st.sampled_from(["launch", "intent", "intent", "intent", "ended"]))
    if kind == "launch":
        event = caller.launch(session or caller.new_session())
    elif kind == "ended":
        from ask_sdk_model import SessionEndedReason

        event = caller.session_ended(session or caller.new_session(),
                                     draw(st.sampled_from(list(SessionEndedReason))))
    else:
        slots = draw(st.dictionaries(st.sampled_from(SLOTS), junk_text | st.none(), max_size=2))
        event = caller.intent(session or caller.new_session(), draw(st.sampled_from(INTENTS)),
                              **slots)
    return event


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event=envelopes(), stored=st.none() | profile_like)
def test_fuzzed_envelopes_never_break_the_skill_or_what_is_stored(event, stored):
    store = MemoryProgressStore()
    key = event["context"]["System"]["user"]["userId"]
    if stored is not None:
        store.items[key] = {**stored, "version": 1}
    before = json.dumps(store.items, sort_keys=True, default=str)
    response = handle_event(build_skill(store), event)  # raises if the skill does
    check_response(response)
    # Damaged session or stored state is repaired or ignored, never an apology loop.
    assert phrase("error.general") not in json.dumps(response)
    if key in store.items and json.dumps(store.items, sort_keys=True, default=str) != before:
        Profile.from_dict(store.items[key])  # anything the skill wrote reads back
