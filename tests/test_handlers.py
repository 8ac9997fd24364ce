"""Handler behaviour, request by request, through the same entry point Lambda uses."""

import json
import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from ask_sdk_model import SessionEndedReason
from ask_sdk_model.interfaces.system import Error, ErrorType, ExceptionEncounteredRequest
from ask_sdk_model.interfaces.system import ErrorCause as Cause

from skill.alexa.skill import build_skill, handle_event
from skill.catalog import EXERCISES, exercise, find_routine
from skill.simulator.chat import Conversation
from skill.voice.text import phrase


def speech(response: dict) -> str:
    return ((response.get("response") or {}).get("outputSpeech") or {}).get("ssml", "")


def ends(response: dict) -> bool:
    return response["response"].get("shouldEndSession") is True


def finished(response: dict) -> bool:
    """The routine is over: its last response asks "anything else today?" (or the session
    ended)."""
    asked = (response.get("sessionAttributes") or {}).get("awaiting")
    return ends(response) or asked == "finished"


def follow(caller, response):
    """The session the next request of an open conversation carries."""
    session = caller.new_session(response.get("sessionAttributes"))
    session.new = False
    return session


def test_one_shot_start_begins_the_routine_in_the_first_response(send, caller, store):
    response = send(caller.intent(caller.new_session(), "StartRoutineIntent", routine="post run"))
    text = speech(response)
    assert "kneeling hip flexor stretch" in text
    assert '<break time="10s"/>' in text
    assert not ends(response)
    saved = store.items[caller.user_id]
    assert saved["position"]["routine_id"] == "post_run" and saved["heard_safety"]


def test_first_launch_welcomes_with_the_safety_line_then_later_launches_are_brief(send, caller):
    first = speech(send(caller.launch(caller.new_session())))
    assert "Welcome to Hip Coach" in first and "not medical advice" in first
    text = first.removeprefix("<speak>").removesuffix("</speak>")
    sentences = re.findall(r"[^.?!]+[.?!]", text)
    # A welcome, the safety line, how many routines there are, and last a choice read with
    # "or": the open microphone follows a question.
    assert "not medical advice" in sentences[1] and "There are 6" in sentences[2]
    assert ", or " in sentences[3] and sentences[3].endswith("?") and len(sentences) == 4
    later = speech(send(caller.launch(caller.new_session())))
    assert "not medical advice" not in later and "Welcome" not in later
    assert later.removesuffix("</speak>").endswith("?")  # one offer, one question


@pytest.mark.parametrize("slots", [{"routine": "marathon taper"}, {"routine": None}, {}])
def test_unmatched_or_empty_routine_is_re_asked_with_choices(send, caller, slots):
    response = send(caller.intent(caller.new_session(), "StartRoutineIntent", **slots))
    assert "post-run" in speech(response) and not ends(response)


@pytest.mark.parametrize("entry", EXERCISES, ids=lambda e: e.id)
def test_every_catalogue_entry_answers_what_it_targets_and_how_to_do_it(send, caller, entry):
    targets = speech(send(caller.intent(caller.new_session(), "StretchInfoIntent",
                                        stretch=entry.aliases[0])))
    assert entry.name in targets
    if entry.is_test:  # a test reveals a limit (the article's reading), it works no muscle
        assert phrase(entry.benefit_key).replace("'", "&apos;") in targets
    else:
        assert all(m.value in targets for m in entry.muscles)
    how = speech(send(caller.intent(caller.new_session(), "HowToIntent", stretch=entry.name)))
    for key in entry.cue_keys:
        assert phrase(key).replace("'", "&apos;")[:30] in how.replace("'", "&apos;")


def test_how_to_without_a_name_uses_the_stretch_just_discussed(send, caller):
    first = send(caller.intent(caller.new_session(), "StretchInfoIntent", stretch="couch"))
    how = speech(send(caller.intent(follow(caller, first), "HowToIntent")))
    assert phrase("exercise.couch_stretch.setup")[:30] in how


def test_equipment_for_a_routine_and_overall(send, caller):
    deep = speech(send(caller.intent(caller.new_session(), "EquipmentIntent",
                                     routine="deep release")))
    assert "thick towel or cushion" in deep and "a strap if you have one" in deep
    assert "kettlebell" not in deep
    pre = speech(send(caller.intent(caller.new_session(), "EquipmentIntent", routine="pre run")))
    assert "a wall" in pre  # the leg swings hold one
    quick = speech(send(caller.intent(caller.new_session(), "EquipmentIntent",
                                      routine="quick post run")))
    assert "strap" not in quick
    overall = speech(send(caller.intent(caller.new_session(), "EquipmentIntent")))
    assert all(item in overall for item in ("a half cylinder", "a mini band", "a lacrosse ball",
                                            "foam roller", "resistance band"))


def test_hold_preference_is_kept_and_used(send, caller, store):
    read_back = send(caller.intent(caller.new_session(), "SetHoldTimeIntent", seconds="45"))
    assert "Holds of 45 seconds from now on. Shall I set that?" in speech(read_back)
    assert "hold_preference" not in store.items.get(caller.user_id, {})  # nothing set yet
    send(caller.intent(follow(caller, read_back), "AMAZON.YesIntent"))
    assert store.items[caller.user_id]["hold_preference"] == 45
    text = speech(send(caller.intent(caller.new_session(), "StartRoutineIntent", routine="quick")))
    assert "45 seconds" in text or "45 second" in text
    refused = send(caller.intent(caller.new_session(), "SetHoldTimeIntent", seconds="500"))
    assert "from 15 seconds to two minutes" in speech(refused)
    assert store.items[caller.user_id]["hold_preference"] == 45


def test_next_previous_repeat_and_start_over_move_by_whole_steps(send, caller):
    response = send(caller.intent(caller.new_session(), "StartRoutineIntent", routine="pre run"))
    names = [exercise(i.exercise_id).name for i in find_routine("pre run").items]
    # Each request comes straight after the last, so the step playing is the first one of it.
    moved = send(caller.intent(follow(caller, response), "AMAZON.NextIntent"))
    assert names[1] in speech(moved)[:80]
    later = send(caller.intent(follow(caller, moved), "AMAZON.NextIntent"))
    assert names[2] in speech(later)[:80]
    back = send(caller.intent(follow(caller, later), "AMAZON.PreviousIntent"))
    assert names[1] in speech(back)[:80]
    again = send(caller.intent(follow(caller, back), "AMAZON.RepeatIntent"))
    assert names[1] in speech(again)[:80]
    top = send(caller.intent(follow(caller, again), "AMAZON.StartOverIntent"))
    # the whole routine again, from its opening
    assert speech(top).startswith("<speak>Let's do your pre-run routine")
    assert f"First, the {names[0]}." in speech(top)


def test_next_after_a_question_mid_stretch_moves_on_rather_than_replaying(skill, caller):
    """A question held the place at the stretch playing; once its answer has ended, "next"
    means the next exercise, not that stretch again from its setup."""
    conversation = Conversation(lambda event, context: handle_event(skill, event, context),
                                caller, plays_responses=True)
    names = [exercise(i.exercise_id).name for i in find_routine("quick").items]
    conversation.say("ask hip coach to start my quick post run")
    conversation.say("(after 20)")
    conversation.say("how long do i hold it")
    moved = conversation.say("next").render()
    assert names[1] in moved[:80] and not moved.startswith(f"First, the {names[0]}")


def test_skipping_through_every_step_finishes_but_does_not_count(send, caller, store):
    routine = find_routine("strength")
    response = send(caller.intent(caller.new_session(), "StartRoutineIntent", routine="strength"))
    for _ in routine.items:
        if finished(response):
            break
        response = send(caller.intent(follow(caller, response), "AMAZON.NextIntent"))
    assert finished(response) and "strength" in speech(response)
    assert "won't count this one" in speech(response)
    assert store.items[caller.user_id]["total_sessions"] == 0
    assert store.items[caller.user_id]["position"] is None


def test_a_routine_played_through_counts(send, caller, store):
    at = datetime.now(UTC)
    response = send(caller.intent(caller.new_session(), "StartRoutineIntent", routine="quick",
                                  at=at))
    while not finished(response):  # each "continue" comes once the response has played
        at += timedelta(seconds=240)
        response = send(caller.intent(follow(caller, response), "AMAZON.ResumeIntent", at=at))
    assert "won't count" not in speech(response)
    assert store.items[caller.user_id]["total_sessions"] == 1


def test_session_ended_keeps_progress(send, caller, store):
    response = send(caller.intent(caller.new_session(), "StartRoutineIntent", routine="post run"))
    store.items[caller.user_id]["position"] = None  # prove the SessionEndedRequest saves it
    ended = send(caller.session_ended(follow(caller, response),
                                      SessionEndedReason.EXCEEDED_MAX_REPROMPTS))
    assert speech(ended) == ""
    assert store.items[caller.user_id]["position"]["routine_id"] == "post_run"


def test_stop_and_cancel_end_the_session(send, caller):
    for intent in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"):
        assert ends(send(caller.intent(caller.new_session(), intent)))


def test_forget_me_confirms_then_deletes(send, caller, store):
    send(caller.launch(caller.new_session()))
    assert caller.user_id in store.items
    asked = send(caller.intent(caller.new_session(), "ForgetMeIntent"))
    assert caller.user_id in store.items and not ends(asked)
    done = send(caller.intent(follow(caller, asked), "AMAZON.YesIntent"))
    assert ends(done) and caller.user_id not in store.items


@pytest.mark.parametrize("status, deleted", [("NOT_PERSISTED", True), ("PERSISTED", False),
                                             (None, True)])
def test_skill_disabled_deletes_unless_alexa_keeps_the_user(send, caller, store, status,
                                                              deleted):
    send(caller.launch(caller.new_session()))
    assert send(caller.skill_disabled(status))["response"] == {}
    assert (caller.user_id not in store.items) is deleted


def test_progress_is_keyed_on_the_voice_profile_when_alexa_sends_one(send, caller, store):
    caller.person_id = "amzn1.ask.person.runner-two"
    send(caller.launch(caller.new_session()))
    assert "amzn1.ask.person.runner-two" in store.items and caller.user_id not in store.items


def test_exception_encountered_is_logged_and_answered_empty(send, caller, caplog):
    event = caller.envelope(ExceptionEncounteredRequest(
        request_id="amzn1.echo-api.request.1", timestamp=datetime.now(UTC), locale="en-US",
        error=Error(object_type=ErrorType.INVALID_RESPONSE, message="SSML was invalid"),
        cause=Cause(request_id="amzn1.echo-api.request.0")))
    with caplog.at_level(logging.ERROR):
        assert send(event)["response"] == {}
    assert "Alexa reported an error" in caplog.text


def test_can_fulfill_answers_for_our_intents_only(send, caller):
    def ask(name, **slots):
        event = caller.intent(caller.new_session(), name, **slots)
        event["request"]["type"] = "CanFulfillIntentRequest"
        event["request"].pop("dialogState", None)
        return send(event)["response"]["canFulfillIntent"]

    assert ask("StartRoutineIntent", routine="post run")["canFulfill"] == "YES"
    unknown = ask("StretchInfoIntent", stretch="moonwalk")
    assert unknown["canFulfill"] == "MAYBE"
    assert unknown["slots"]["stretch"]["canUnderstand"] == "NO"
    assert ask("OrderPizzaIntent")["canFulfill"] == "NO"


def test_an_intent_from_another_skill_gets_the_fallback(send, caller):
    response = send(caller.intent(caller.new_session(), "OrderPizzaIntent"))
    assert "Hip Coach guides hip stretches" in speech(response)
    assert not ends(response)


BUILT_IN = {"AMAZON.NUMBER": "5", "AMAZON.DATE": "2026-12-05", "AMAZON.TIME": "19:00",
            "AMAZON.DURATION": "PT1M30S", "AMAZON.SearchQuery": "my leg is shaking"}


def test_can_fulfill_answers_every_intent_without_side_effects(caller):
    """Every intent of the model, with and without known slot values: YES, MAYBE or NO as the
    reference describes, and no store read or write, no speech, no card."""
    from skill.alexa.handlers.system import ANSWERED_SAFELY, NOT_OFFERED
    from skill.alexa.language.interaction_model import CUSTOM_INTENTS, load_model, slot_values
    from skill.store import MemoryProgressStore
    from tests.counting import CountingStore

    store = CountingStore(MemoryProgressStore())
    skill = build_skill(store)
    values = slot_values(load_model())
    for name, spec in CUSTOM_INTENTS.items():
        known = {slot: BUILT_IN.get(slot_type) or next(iter(values[slot_type]))
                 for slot, slot_type in spec["slots"].items()}
        for slots, sure in ((known, True), ({s: "zzz qqq" for s in spec["slots"]}, False)):
            event = caller.intent(caller.new_session(), name, **slots)
            event["request"]["type"] = "CanFulfillIntentRequest"
            event["request"].pop("dialogState", None)
            response = handle_event(skill, event)["response"]
            assert set(response) == {"canFulfillIntent"}, (name, response)
            verdict = response["canFulfillIntent"]
            if name in NOT_OFFERED:
                assert verdict["canFulfill"] == "NO", name
            elif (sure or not spec["slots"]) and name not in ANSWERED_SAFELY:
                assert verdict["canFulfill"] == "YES", (name, verdict)
            else:
                assert verdict["canFulfill"] == "MAYBE", (name, verdict)
            for slot, answer in (verdict.get("slots") or {}).items():
                assert answer["canUnderstand"] == ("YES" if sure else "NO"), (name, slot)
    assert (store.reads, store.writes, store.deletes) == (0, 0, 0)


def test_the_manifest_declares_can_fulfill_intent_request():
    manifest = json.loads((Path(__file__).resolve().parents[1] / "interaction_model"
                           / "skill.json").read_text())["manifest"]
    assert {"type": "CAN_FULFILL_INTENT_REQUEST"} in manifest["apis"]["custom"]["interfaces"]
