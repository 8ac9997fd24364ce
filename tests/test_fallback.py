"""A fallback that helps: after a question, an answer the skill did not get brings the question
back with its choices; a second miss in a row offers two concrete things to say; and the same
sentence is never said twice in a row."""

from datetime import UTC, datetime

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.coach.progress import Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore

START = datetime(2026, 8, 1, 7, 0, tzinfo=UTC)
USER = "amzn1.ask.account.missed"


def talk(profile: Profile | None = None) -> Conversation:
    store = MemoryProgressStore()
    if profile is not None:
        store.items[USER] = {**profile.to_dict(), "version": 1}
    skill = build_skill(store)
    return Conversation(lambda e, c: handle_event(skill, e, c), Caller(user_id=USER), START)


def sentences(speech: str) -> list[str]:
    return [s.strip() for s in speech.replace("?", ".").split(".") if s.strip()]


@pytest.mark.parametrize("opening, question", [
    # an offer is asked again in other words than the first time
    ("open hip coach", "Would you like to start the pre-run routine now?"),  # a morning's
    ("ask hip coach to start the mobility check", "shall I remember your check results"),
    ("ask hip coach my hips are tight", "Would you like to start the post-run routine now?"),
    ("ask hip coach to forget me", "Are you sure?"),
])
def test_a_miss_after_a_question_asks_it_again_with_its_choices(opening, question):
    chat = talk(Profile(heard_safety=True))
    chat.say(opening)
    again = chat.say("blah blah banana")
    assert again.session_open
    assert question in again.speech and question in again.reprompt
    assert "You can say start my post-run stretches" not in again.speech


def test_a_miss_in_a_check_question_asks_that_question_again():
    chat = talk(Profile(heard_safety=True, check_consent=True))
    chat.say("ask hip coach to start the mobility check")
    chat.say("(wait 30)")
    again = chat.say("blah blah banana").speech
    assert again.endswith("Which side felt tighter: left, right, or about the same?")
    assert chat.say("left").speech.endswith("forward much?")


def test_a_second_miss_offers_two_things_to_say_and_no_sentence_repeats():
    chat = talk(Profile(heard_safety=True))
    chat.say("ask hip coach what routines are there")
    said = [chat.say(nonsense).speech for nonsense in
            ("blah blah banana", "frobnicate the gizmo", "wibble wobble", "zorp")]
    # the way out first (a miss may have been pain), then two concrete things to say
    assert all("say that hurts" in sentences(each)[0] for each in said)
    assert " or " in sentences(said[1])[2] and "say" in said[1].lower()
    for before, after in zip(said, said[1:], strict=False):
        assert sentences(before)[0] != sentences(after)[0]
    assert "Which routine would you like" in said[-1]  # the question is still open
    assert "quick post-run" in chat.say("quick").speech  # and answers it


def test_understood_turns_reset_the_count():
    chat = talk(Profile(heard_safety=True))
    chat.say("open hip coach")
    first = chat.say("blah blah banana").speech
    chat.say("what routines are there")
    assert sentences(chat.say("blah blah banana").speech)[0] == sentences(first)[0]


def test_a_hold_change_mid_routine_applies_from_here_and_says_so():
    chat = talk(Profile(heard_safety=True))
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(wait 30)")  # in the first hold
    asked = chat.say("make these 45 seconds").speech  # read back first (issue 31, point 5)
    assert asked == "Holds of 45 seconds from now on. Shall I set that?"
    now = chat.say("yes").speech
    assert now.startswith("Done: 45 seconds holds from here.")
    assert "Left knee down. Hold for 45 seconds" in now  # the same side, set up again


@pytest.mark.parametrize("intent, slots, asked", [
    ("AdjustHoldIntent", {"change": "easier"}, "longer or shorter"),
    ("AdjustHoldIntent", {"change": "banana"}, "longer or shorter"),
    ("AdjustHoldIntent", {"change": None}, "longer or shorter"),
    ("SetHoldTimeIntent", {"seconds": None}, "Holds can be from 15 seconds"),
    ("SetHoldTimeIntent", {"seconds": "?"}, "Holds can be from 15 seconds"),
])
def test_a_hold_change_it_did_not_understand_asks_and_changes_nothing(intent, slots, asked):
    """Certification: an unresolved or empty value asks, never acts (no "Done")."""
    store = MemoryProgressStore()
    caller = Caller(user_id=USER)
    store.items[USER] = {**Profile(heard_safety=True).to_dict(), "version": 1}
    reply = handle_event(build_skill(store), caller.intent(
        caller.new_session(), intent, START, **slots))
    speech = reply["response"]["outputSpeech"]["ssml"]
    assert asked in speech and "Done" not in speech
    assert reply["response"]["shouldEndSession"] is False
    assert Profile.from_dict(store.items[USER]).hold_preference is None


@pytest.mark.parametrize("opening, pick, started", [
    ("open hip coach", "the second one", "quick post-run"),  # a first launch reads the menu
    ("open hip coach", "number three", "pre-run"),
    ("ask hip coach what routines are there", "the fourth one", "strength"),
    ("ask hip coach what routines are there", "the last one", "mobility check"),
])
def test_a_routine_picked_by_its_place_in_the_list_just_read(opening, pick, started):
    chat = talk(Profile(heard_safety=opening != "open hip coach", check_consent=True))
    chat.say(opening)
    assert f"your {started} routine" in chat.say(pick).speech


def test_a_place_in_a_list_with_no_list_read_asks_which_routine():
    chat = talk(Profile(heard_safety=True))
    assert "Which routine would you like" in chat.say("ask hip coach the second one").speech


def test_a_yes_to_which_routine_asks_again_in_other_words():
    chat = talk()
    asked = chat.say("open hip coach")
    again = chat.say("yes")
    assert again.session_open and "quick post-run" in again.speech
    assert not set(sentences(again.speech)) & set(sentences(asked.speech))  # not said twice
