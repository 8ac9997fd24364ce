"""Offering the Alexa Routine ourselves: the finish of a routine done on a third separate day
hands the session to Alexa's pre-built routine offer (AMAZON.OfferAutomation), once; the
SessionResumedRequest that comes back is answered plainly whatever its status, and a no is
never asked again. Through the Lambda entry, on the embedded store."""

from datetime import UTC, datetime, timedelta

import pytest

from skill.alexa.flows.automation import OFFER_URI
from skill.alexa.platform.response_check import check_response
from skill.coach.progress import Finished, Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import SKILL_ID, Caller
from skill.store.sqlite import SqliteProgressStore
from skill.voice.locale_en import TEXT

USER = "amzn1.ask.account.habitual"
DAY3 = datetime(2026, 6, 12, 18, 0, tzinfo=UTC)


@pytest.fixture
def offer_entry(lambda_entry):
    """(lambda_function.handler, the store it writes)."""
    handler, path = lambda_entry
    return handler, SqliteProgressStore(path)


def runner(*days: int, offer: str = "") -> Profile:
    """A runner who finished the quick post-run routine on each of `days` (June, UTC)."""
    history = tuple(Finished("quick_post_run", datetime(2026, 6, d, 18, tzinfo=UTC).timestamp(),
                             f"2026-06-{d:02}") for d in days)
    return Profile(heard_safety=True, history=history, total_sessions=len(history),
                   time_zone="UTC", time_zone_checked=DAY3.timestamp(), routine_offer=offer)


def finish_quick(offer_entry, profile: Profile | None, at: datetime = DAY3) -> dict:
    """Seeds `profile` (if given), then the quick post-run routine played to its end; the last
    response."""
    handler, store = offer_entry
    if profile is not None:
        store.save(USER, {**profile.to_dict(), "version": 0})
    chat = Conversation(handler, Caller(user_id=USER), start=at)
    chat.say("ask hip coach to start my quick stretches")
    chat.say("(wait 200)")
    return chat.say("continue").raw


def offer_of(response: dict) -> dict | None:
    found = [d for d in response["response"].get("directives", ())
             if d["type"] == "Connections.StartConnection"]
    return found[0] if found else None


def stored(offer_entry) -> Profile:
    return Profile.from_dict(offer_entry[1].load(USER))


def test_a_third_days_finish_hands_over_to_the_offer(offer_entry):
    response = finish_quick(offer_entry, runner(10, 11))
    check_response(response)
    offer = offer_of(response)
    assert offer is not None and offer["uri"] == OFFER_URI
    assert offer["onCompletion"] == "RESUME_SESSION" and offer["token"]
    automation = offer["input"]["automation"]
    trigger = automation["trigger"]
    assert trigger["type"] == "Alexa.Automation.Trigger.Voice.CustomUtterance"
    assert trigger["payload"] == {"utterances": TEXT["automation.utterances.quick_post_run"],
                                  "locale": "en-US"}
    assert 1 <= len(trigger["payload"]["utterances"]) <= 5  # Amazon's limit
    operation = automation["operations"]["serial"][0]["operation"]
    assert operation["type"] == "Alexa.Automation.Operation.Skill.StartConnection"
    request = operation["payload"]["connectionRequest"]
    assert request == {"uri": f"connection://{SKILL_ID}.StartRoutine/1?provider={SKILL_ID}",
                       "input": {"routine": "quick_post_run"}}
    assert operation["operationId"] in offer["input"]["renderingData"]["operations"]
    # Alexa speaks next: the session is handed over, neither kept open nor ended.
    assert "shouldEndSession" not in response["response"]
    assert "reprompt" not in response["response"]
    assert "on three different days" in response["response"]["outputSpeech"]["ssml"]
    assert stored(offer_entry).routine_offer.startswith("asked:")


@pytest.mark.parametrize("days", [(11,), (11, 11), ()])
def test_fewer_than_three_separate_days_is_no_habit_yet(offer_entry, days):
    response = finish_quick(offer_entry, runner(*days))
    assert offer_of(response) is None and "Anything else for today?" in str(response["response"])


@pytest.mark.parametrize("state", ["asked:2026-06-01", "declined", "already", "accepted",
                                   "failed:2026-06-10"])
def test_the_offer_is_made_once_and_never_after_a_no(offer_entry, state):
    assert offer_of(finish_quick(offer_entry, runner(10, 11, offer=state))) is None


def test_a_failure_on_alexas_side_lets_it_be_offered_again_a_week_later(offer_entry):
    assert offer_of(finish_quick(offer_entry, runner(1, 2, offer="failed:2026-06-02"))) \
        is not None


STATUSES = [  # (status code, offerAutomationResponse reason, what is kept, what is said)
    ("200", None, "accepted", "automation.accepted"),
    ("204", "REJECTED_BY_CUSTOMER", "declined", "automation.declined"),
    ("204", "AUTOMATION_ALREADY_ENABLED", "already", "automation.already"),
    ("204", "SOMETHING_NEW", "failed:2026-06-12", "automation.failed"),
    ("204", None, "failed:2026-06-12", "automation.failed"),
    ("400", None, "failed:2026-06-12", "automation.failed"),
    ("403", None, "failed:2026-06-12", "automation.failed"),
    ("500", None, "failed:2026-06-12", "automation.failed"),
    ("", None, "failed:2026-06-12", "automation.failed"),
]


@pytest.mark.parametrize("code, reason, kept, said", STATUSES)
def test_every_status_of_the_session_resumed_is_answered(offer_entry, code, reason, kept,
                                                        said):
    handler, _ = offer_entry
    offer = offer_of(finish_quick(offer_entry, runner(10, 11)))
    caller = Caller(user_id=USER)
    result = {"offerAutomationResponse": {"reason": reason}} if reason else None
    response = handler(caller.session_resumed(caller.new_session(), offer["token"], code, result,
                                              DAY3 + timedelta(seconds=20)), None)
    check_response(response)
    assert TEXT[said] in response["response"]["outputSpeech"]["ssml"].replace("&apos;", "'")
    assert response["response"]["shouldEndSession"] is True
    assert stored(offer_entry).routine_offer == kept


def test_after_a_no_the_next_finish_offers_nothing(offer_entry):
    handler, _ = offer_entry
    offer = offer_of(finish_quick(offer_entry, runner(10, 11)))
    caller = Caller(user_id=USER)
    handler(caller.session_resumed(caller.new_session(), offer["token"], "204", {
        "offerAutomationResponse": {"reason": "REJECTED_BY_CUSTOMER"}}, DAY3), None)
    later = finish_quick(offer_entry, None, DAY3 + timedelta(days=1))
    assert offer_of(later) is None and stored(offer_entry).routine_offer == "declined"


def test_a_session_resumed_from_another_connection_is_not_taken_for_the_offer(offer_entry):
    handler, _ = offer_entry
    caller = Caller(user_id=USER)
    response = handler(caller.session_resumed(caller.new_session(), "someone-else", "200",
                                              at=DAY3), None)
    check_response(response)
    assert offer_entry[1].load(USER) is None  # nothing recorded
