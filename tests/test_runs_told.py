"""Runs told by voice (issue 31, point 4), through the Lambda entry with the strict simulator:
the run is described as Strava would describe it and the catalogue's one rule table picks the
routine and the hold; the offer names what was heard; a statement offers and never starts; a
rest day never offers a stretch routine; a missing fact that would change the routine is
named once in the offer, and a yes takes the offer as it stands."""

import re
from datetime import UTC, datetime

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.catalog.run_rules import RUN_RULES
from skill.coach.runs import ToldRun, prescribe
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore

SUNDAY_7AM = datetime(2026, 12, 6, 7, 0, tzinfo=UTC)
WAY_OUT = "If anything hurts, just say that hurts."
STRETCHING = ("post-run", "quick post-run", "deep release")


@pytest.fixture
def chat():
    skill = build_skill(MemoryProgressStore())
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(), SUNDAY_7AM)


@pytest.mark.parametrize("said, opens, routine_name", [
    ("my long run was three hours this morning",
     "Three hours this morning: the deep release routine, holding each stretch for one minute",
     "deep release"),
    ("I just ran fifteen k on the trails",
     f"{WAY_OUT} 15 kilometers on trails just now: the post-run routine", "post-run"),
    # fells and mountains are hills off road: nothing to ask
    ("I just ran fifteen k on the fells", "15 kilometers on hilly trails just now: the deep "
     "release", "deep release"),
    ("a hilly half marathon yesterday", "A half marathon with hills yesterday: the deep release",
     "deep release"),
    ("twenty miles with a lot of descent", "20 miles with a lot of descent just now: the deep "
     "release", "deep release"),
    ("I raced a 50k on Saturday", "A 50 kilometer race yesterday: the deep release",
     "deep release"),
    ("I just ran five k", "5 kilometers just now: the post-run routine, while you're warm",
     "post-run"),
    ("heading out in ten minutes", "Heading out soon: the pre-run routine", "pre-run"),
    ("no kit, I'm in a hotel", "No kit needed: the quick post-run routine", "quick post-run"),
    ("I sit at a desk all day", "A day at a desk: the deep release routine", "deep release"),
])
def test_a_run_told_is_offered_by_the_rules_and_never_started(chat, said, opens, routine_name):
    offer = chat.say(f"ask hip coach {said}")
    assert offer.speech.startswith(opens), offer.speech
    assert offer.session_open and offer.speech.endswith("?")
    assert "Let's do your" not in offer.speech and "Starting now" not in offer.speech
    if routine_name:
        assert f"Let's do your {routine_name} routine" in chat.say("yes").speech


@pytest.mark.parametrize("said, started", [
    ("i ran twenty k this morning can we do the post run one", "post-run"),
    ("i did three hours on the fells give me the quick one", "quick post-run")])
def test_a_run_told_with_a_routine_asked_for_by_name_starts_that_routine(chat, said, started):
    reply = chat.say(f"ask hip coach {said}").speech
    assert f"Let's do your {started} routine" in reply and "Shall I start" not in reply


def test_a_routine_asked_for_with_a_run_takes_the_holds_the_run_calls_for(chat):
    """Three hours on the fells calls for the deep release with one-minute holds: asked for by
    name with the run, it starts with them, as the offer would have."""
    plain = build_skill(MemoryProgressStore())
    alone = Conversation(lambda event, context: handle_event(plain, event, context), Caller(),
                         SUNDAY_7AM).say("ask hip coach start the deep release").speech
    told = chat.say("ask hip coach i did three hours on the fells give me the deep release")
    minutes = [int(re.search(r"deep release routine: 4 exercises, about (\d+) minutes",
                             reply).group(1)) for reply in (alone, told.speech)]
    assert minutes[1] > minutes[0]


@pytest.mark.parametrize("said", ["it's a rest day", "rest day", "it's my rest day",
                                  "I'm taking a day off"])
def test_a_rest_day_never_starts_a_stretch_routine(chat, said):
    offer = chat.say(f"ask hip coach {said}").speech
    assert offer.startswith("A rest day") and offer.endswith("Shall I start it?")
    assert "mobility check" in offer  # no check yet: the rule table's rest day with a check due
    assert not any(f"the {name} routine" in offer for name in STRETCHING)
    assert "Let's do your" not in offer


def test_the_missing_fact_is_named_once_in_the_offer_and_adds_to_the_run(chat):
    offer = chat.say("ask hip coach I ran on the trails yesterday")
    # the way out first: a run told without its length may have been hurt told with one
    assert offer.speech.startswith(f"{WAY_OUT} A run on trails yesterday: the post-run routine")
    assert offer.speech.endswith("If it was a long one, tell me how far, and I'll offer the "
                                 "deep release routine instead. Shall I start the post-run "
                                 "routine?")
    assert offer.reprompt.startswith(WAY_OUT)
    answer = chat.say("about two hours").speech  # named once: not "was it hilly?" after
    assert answer.startswith("Two hours on trails yesterday: the post-run routine"), answer
    assert answer.endswith("Shall I start it?")
    assert "Let's do your post-run routine" in chat.say("yes").speech


def test_hills_said_after_the_offer_call_for_the_long_holds(chat):
    offer = chat.say("ask hip coach I just ran fifteen k on the trails").speech
    assert "If it was hilly, say so, and I'll offer the deep release routine instead." in offer
    assert chat.say("yes it was hilly").speech.startswith(
        "15 kilometers on hilly trails just now: the deep release routine, holding each "
        "stretch for one minute")


def test_a_fact_that_would_change_nothing_goes_unnamed(chat):
    """Hills said without a length are steep enough for the deep release already."""
    offer = chat.say("ask hip coach twenty miles with a lot of descent").speech
    assert "If it was" not in offer and offer.endswith("Shall I start it?")


def test_a_number_that_cannot_be_one_run_is_asked_again(chat):
    reply = chat.say("ask hip coach I just ran nine hundred miles").speech
    assert reply.startswith(f"{WAY_OUT} That can't be one run") and "900" not in reply
    assert chat.say("it was ten k").speech.startswith("10 kilometers just now")


def test_the_length_asked_again_after_a_miss_is_asked_in_its_own_words(chat):
    """A line that is no answer while "how far or how long was it?" waits gets the way out
    and the question again, never a failure."""
    chat.say("ask hip coach I just ran nine hundred miles")
    reply = chat.say("banana telephone")
    assert reply.session_open and "went wrong" not in reply.speech
    assert reply.speech.endswith("How far or how long was your run?"), reply.speech


def test_told_runs_go_through_the_same_rules_as_stravas():
    """Every run rule that reads a run is reachable from words, and the told-only rules are in
    the same table."""
    now = SUNDAY_7AM
    told = {"long_or_steep": ToldRun(seconds=3 * 3600, part="MO"),
            "just_finished": ToldRun(distance=5), "recent_run": ToldRun(distance=8,
                                                                        day="2026-12-05")}
    for rule_id, run in told.items():
        assert prescribe((run.run(now),), now.timestamp()).rule.id == rule_id
    assert {"about_to_run", "sitting", "no_kit", "rest_day"} <= {r.id for r in RUN_RULES}


def test_hurt_heard_as_a_run_told_still_gets_the_way_out_first(chat):
    """Word for word, 'i {effort} the {race} this {part}' takes this line as a run told; the
    question that follows gives the way out first, and 'that hurts' then reaches pain."""
    asked = chat.say("ask hip coach i felt something pop in my hip on the run this morning")
    assert asked.speech.startswith(WAY_OUT) and asked.reprompt.startswith(WAY_OUT)
    assert chat.say("that hurts").speech.startswith("Ease out of that position now")


def test_how_long_an_offered_routine_takes_counts_the_holds_the_offer_named(chat):
    chat.say("ask hip coach I just ran fifteen k on the fells")  # one-minute holds offered
    said = chat.say("how long does that take").speech
    started = chat.say("yes").speech
    minutes = re.search(r"about (\d+) minutes", said).group(1)
    assert f"Let's do your deep release routine: 4 exercises, about {minutes} minutes" in started


@pytest.mark.parametrize("said", ["go on", "yes", "sure"])
def test_a_fact_left_unsaid_takes_the_offer_as_it_stands(chat, said):
    """The offer that names a missing fact is an offer: "go on" or a yes starts it (it used to
    be the question "was it hilly?", and "yeah let's do that" answered it as hills)."""
    chat.say("ask hip coach I ran on the trails this morning")
    assert "Let's do your post-run routine" in chat.say(said).speech


@pytest.mark.parametrize("said", ["go on", "yes", "no"])
def test_a_number_asked_again_and_left_unsaid_still_gets_an_offer(chat, said):
    """"How far or how long?", asked after a number that cannot be one run, is asked once: a
    runner who answers it with "go on" (or a bare yes or no) is offered what the rules call
    for, worded without a length."""
    chat.say("ask hip coach I just ran nine hundred miles")
    offer = chat.say(said)
    assert offer.speech.startswith("A run just now: the post-run routine"), offer.speech
    assert offer.session_open and "Let's do your" not in offer.speech
    assert "Let's do your post-run routine" in chat.say("yes").speech


def test_a_question_asked_of_an_offer_keeps_it_open(chat):
    """"How long is that one?" while a routine is offered asks of the routine (not of a stretch
    that shares a word); a question about a stretch is answered and the offer asked again."""
    chat.say("ask hip coach I just ran fifteen k on the fells")
    length = chat.say("how long is that one gonna take").speech
    assert length.startswith("The deep release routine is 4 exercises"), length
    assert length.endswith("Shall I start the deep release routine?")
    answer = chat.say("what does the couch stretch target").speech
    assert answer.startswith("The couch stretch works")  # asked again, in other words
    assert answer.endswith("Would you like to start the deep release routine now?"), answer
    assert "Let's do your deep release routine" in chat.say("sounds good").speech


def test_an_article_question_asked_of_an_offer_keeps_that_offer(chat):
    """The article's answers end with an offer of their own; asked while a routine is offered,
    the offer open stays the question (it was replaced, and 'yes' started another routine)."""
    chat.say("ask hip coach I just ran fifteen k on the fells")
    answer = chat.say("what's the difference between flexibility and mobility").speech
    assert "Runners need both." in answer and "pre-run" not in answer
    assert answer.endswith("deep release routine now?"), answer
    assert "Let's do your deep release routine" in chat.say("yes").speech
