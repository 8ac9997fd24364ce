"""Values as runners say them (issue 31, point 5), through the Lambda entry: hold lengths as
AMAZON.DURATION, reminder times and dates as AMAZON.TIME and AMAZON.DATE, resolved by the
simulator as Alexa sends them; read back before anything is set, a value out of range said
back with the range."""

from datetime import UTC, date, datetime

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.alexa.slots import duration_seconds
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.simulator.nlu import date_value, duration_value, time_value
from skill.store import MemoryProgressStore

SUNDAY_7AM = datetime(2026, 12, 6, 7, 0, tzinfo=UTC)


@pytest.fixture
def store():
    return MemoryProgressStore()


@pytest.fixture
def chat(store):
    skill = build_skill(store)
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(user_id="runner"), SUNDAY_7AM)


@pytest.mark.parametrize("said, heard", [
    ("make the holds a minute and a half", "a minute and a half"),
    ("set my holds to one minute", "one minute"),
    ("hold each stretch for half a minute", "30 seconds"),
    ("make my holds ninety seconds", "a minute and a half"),
    ("set my hold time to forty five seconds", "45 seconds"),
])
def test_a_hold_as_said_is_read_back_and_set_only_on_yes(chat, store, said, heard):
    read_back = chat.say(f"ask hip coach {said}").speech
    assert read_back == f"Holds of {heard} from now on. Shall I set that?"
    assert (store.items.get("runner") or {}).get("hold_preference") is None
    assert f"Adjustable holds will now last {heard}" in chat.say("yes").speech
    assert store.items["runner"]["hold_preference"] in (90, 60, 30, 45)


def test_no_to_the_read_back_sets_nothing(chat, store):
    chat.say("ask hip coach make the holds a minute and a half")
    assert "the holds stay as they were" in chat.say("no").speech
    assert (store.items.get("runner") or {}).get("hold_preference") is None


def test_mid_routine_a_hold_is_read_back_and_a_yes_plays_on_in_it(chat, store):
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(after 30)")
    asked = chat.say("make the holds a minute and a half")
    assert asked.speech == "Holds of a minute and a half from now on. Shall I set that?"
    assert (store.items.get("runner") or {}).get("hold_preference") is None
    played = chat.say("yes").speech
    assert played.startswith("Done: a minute and a half holds from here.")
    assert "Hold for a minute and a half" in played  # the stretch the runner is in, set up again
    assert store.items["runner"]["hold_preference"] == 90


def test_mid_routine_no_to_the_read_back_keeps_the_holds(chat, store):
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(after 30)")
    chat.say("set my holds to forty five seconds")
    kept = chat.say("no")
    assert "the holds stay as they were" in kept.speech and kept.session_open
    assert (store.items.get("runner") or {}).get("hold_preference") is None
    assert "kneeling hip flexor stretch" in chat.say("continue").speech


@pytest.mark.parametrize("said, back", [
    ("set my holds to ten minutes", "I heard ten minutes, which is longer than I can set."),
    ("set my holds to five seconds", "I heard 5 seconds, which is shorter than I can set."),
    ("make the holds three hours", "That is far longer than I can set."),
])
def test_a_hold_out_of_range_is_said_back_with_the_range(chat, store, said, back):
    reply = chat.say(f"ask hip coach {said}").speech
    assert reply.startswith(back) and "Holds can be from 15 seconds to two minutes" in reply
    assert (store.items.get("runner") or {}).get("hold_preference") is None


def test_after_the_range_a_duration_answers_the_question(chat, store):
    chat.say("ask hip coach set my holds to ten minutes")
    assert chat.say("a minute and a half").speech.startswith("Holds of a minute and a half")


@pytest.mark.parametrize("said, seconds", [("the holds are too long", "45"),
                                           ("the holds are too short", "one minute and 15"),
                                           ("cut them down", "45")])
def test_too_long_or_too_short_says_which_way(chat, said, seconds):
    """A way said as how the holds feel is a direction (it used to be asked again)."""
    assert chat.say(f"ask hip coach {said}").speech == (
        f"Holds of {seconds} seconds from now on. Shall I set that?")


def test_a_duration_answers_which_way_when_that_was_asked(chat):
    """"Longer or shorter? Or say a number of seconds": "half a minute" is that number, not a
    run of no minutes (it was offered the post-run routine for "0 minutes just now")."""
    assert "longer or shorter" in chat.say("ask hip coach change my holds").speech
    assert chat.say("half a minute").speech == (
        "Holds of 30 seconds from now on. Shall I set that?")


def test_set_my_holds_to_that_takes_the_hold_just_told(chat, store):
    told = chat.say("ask hip coach how long do i hold the kneeling hip flexor stretch").speech
    assert "Hold it for 30 seconds on each side today" in told
    assert chat.say("set my holds to that").speech == (
        "Holds of 30 seconds from now on. Shall I set that?")
    chat.say("yes")
    assert store.items["runner"]["hold_preference"] == 30


@pytest.mark.parametrize("said, read_back", [
    ("tomorrow at quarter past seven", "on Monday, December 7th at 7:15 AM"),
    ("tonight", "on Sunday, December 6th at 9 PM"),
    ("saturday at half past eight", "on Saturday, December 12th at 8:30 AM"),
    ("every day at half six", "every day at 6:30 AM"),
    ("weekdays at seven thirty", "every weekday at 7:30 AM"),
    ("every evening at quarter to eight", "every evening at 7:45 PM"),
    ("tomorrow at noon", "on Monday, December 7th at 12 PM"),
    ("at six this evening", "on Sunday, December 6th at 6 PM"),
])
def test_reminder_times_as_said_are_read_back_before_anything_is_set(chat, said, read_back):
    reply = chat.say(f"ask hip coach remind me to stretch {said}").speech
    assert reply == f"I'll remind you to stretch {read_back}. Shall I set that?"


def test_alexas_iso_duration_reaches_the_hold_as_sent():
    """The envelope as Alexa sends it: the slot's value is ISO 8601, PT1M30S."""
    caller = Caller()
    reply = handle_event(build_skill(MemoryProgressStore()), caller.intent(
        caller.new_session(), "SetHoldTimeIntent", SUNDAY_7AM, duration="PT1M30S"))
    assert "Holds of a minute and a half" in reply["response"]["outputSpeech"]["ssml"]
    assert [duration_seconds(v) for v in ("PT1M30S", "PT90S", "PT1M", "PT1H", "P1M", "?")] \
        == [90, 90, 60, 3600, None, None]


def test_the_simulator_resolves_as_alexa_sends():
    sunday = date(2026, 12, 6)
    assert [duration_value(w) for w in ("a minute", "a minute and a half", "ninety seconds",
                                        "half a minute", "two and a half hours",
                                        "three hours ten minutes", "a full minute",
                                        "one and half minute", "an hour forty",
                                        "a minute thirty", "an hour ninety", "banana")] == [
        "PT1M", "PT1M30S", "PT90S", "PT30S", "PT2H30M", "PT3H10M", "PT1M", "PT1M30S",
        "PT1H40M", "PT1M30S", None, None]
    assert [time_value(w) for w in ("half six", "quarter past seven", "ten to seven",
                                    "seven pm", "noon", "tonight", "this evening", "morning",
                                    "six this evening", "banana")] == [
        "06:30", "07:15", "06:50", "19:00", "12:00", "NI", "EV", "MO", "18:00", None]
    assert [date_value(w, sunday) for w in ("today", "tomorrow", "yesterday", "saturday",
                                            "last saturday", "this weekend")] == [
        "2026-12-06", "2026-12-07", "2026-12-05", "2026-12-12", "2026-12-05", "2026-W49-WE"]
