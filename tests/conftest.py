"""Shared test set-up: every response any test produces is checked against Alexa's limits, and
small builders make envelopes and conversations read like the behaviour they test."""

from __future__ import annotations

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill

from skill.alexa.response_check import check_response
from skill.alexa.skill import build_skill, handle_event
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore

_SERIALIZER = DefaultSerializer()
CHECKED = {"responses": 0}


@pytest.fixture(autouse=True, scope="session")
def every_response_is_checked():
    """One hook for the whole suite: CustomSkill.invoke validates what it returns."""
    original = CustomSkill.invoke

    def checked_invoke(self, request_envelope, context):
        response = original(self, request_envelope, context)
        check_response(_SERIALIZER.serialize(response))
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
