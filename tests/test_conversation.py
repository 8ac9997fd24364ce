"""A conversation a runner can have: the model understands how runners talk, short answers mean
the right thing after the skill's own questions, questions mid-routine keep the place, and
numbers of any size get a clear answer. Through `hipcoach chat`'s engine and the Lambda entry."""

import re

import pytest

from skill.alexa.language.interaction_model import load_model, spoken_form
from skill.alexa.language.samples import CUSTOM_INTENTS
from skill.simulator.envelopes import slot_values
from skill.simulator.nlu import Understanding

MODEL = load_model()
UNDERSTANDING = Understanding(MODEL)
NUMBERS = ["five", "forty five", "one hundred twenty", "200", "7"]
# A few of the words each of Amazon's built-in slot types hears, of each shape.
BUILT_IN_WORDS = {"AMAZON.NUMBER": NUMBERS, "AMAZON.DATE": ["saturday", "tomorrow"],
                  "AMAZON.TIME": ["ten", "seven pm", "evening", "quarter past seven"],
                  "AMAZON.DURATION": ["a minute", "a minute and a half", "ninety seconds"],
                  "AMAZON.SearchQuery": ["my leg is shaking", "my heels lift off"]}


def expansions(intent: dict):
    """Every sample with every value of every slot it names (numbers: a few of each shape).
    With several slots, each value of each slot appears once beside others in turn, not in
    every combination: the product of a told run's slots alone is 200,000 lines."""
    values = slot_values(MODEL)
    types = {s["name"]: s["type"] for s in intent.get("slots", ())}
    for sample in intent.get("samples", ()):
        names = re.findall(r"\{(\w+)\}", sample)
        choices = [BUILT_IN_WORDS.get(types[n]) or sorted(values[types[n]]) for n in names]
        rows = max((len(c) for c in choices), default=1)
        for row in range(rows):
            filled = [c[row % len(c)] for c in choices]
            text = sample
            for name, value in zip(names, filled, strict=True):
                text = text.replace("{" + name + "}", value, 1)
            yield text


# A bare length ("ninety seconds") answers both "how long was your run?" and "how many seconds
# would you like?": both intents take it, and the question the skill asked routes it.
SHARED_BARE_ANSWERS = {("RunToldIntent", "SetHoldTimeIntent")}


def test_every_sample_with_every_slot_value_routes_to_its_own_intent():
    owners: dict[str, str] = {}
    wrong = []
    for intent in MODEL["intents"]:
        for text in expansions(intent):
            other = owners.setdefault(text, intent["name"])
            if other != intent["name"]:
                wrong.append(f"{text!r} is in {other} and {intent['name']}")
            understood = UNDERSTANDING.understand(text).intent
            if (intent["name"], understood) in SHARED_BARE_ANSWERS and \
                    text in BUILT_IN_WORDS["AMAZON.DURATION"]:
                continue  # the open question decides (SetHoldTimeHandler reads a told run's time)
            if understood != intent["name"]:
                wrong.append(f"{text!r} of {intent['name']} went to {understood}")
    assert wrong == []
    assert len(owners) > 5000  # the expansion really covers the model


def test_the_main_intents_have_at_least_thirty_samples():
    for name in ("StartRoutineIntent", "StretchInfoIntent", "HowToIntent", "ListRoutinesIntent",
                 "ResumeRoutineIntent", "ProgressIntent", "SuggestRoutineIntent"):
        assert len(CUSTOM_INTENTS[name]["samples"]) >= 30, name


# How runners say things, none of them copied from the samples ------------------------------
PHRASINGS = {
    "StartRoutineIntent": ["quick", "the quick one", "post-run", "strength",
                           "give me a quick stretch", "let's do the deep release",
                           "start my pre-run mobility routine",
                           "start my after-run cool down stretches", "take me through my warm up",
                           "I'd like to do some recovery stretches"],
    "SuggestRoutineIntent": ["I just finished a run", "I only have five minutes",
                             "I'm about to go for a run", "what should I do today",
                             "I've just got back from a long run"],
    "StretchInfoIntent": ["what does pigeon work", "what does this stretch target",
                          "what muscles does the couch stretch work", "what is this good for"],
    "HowToIntent": ["how do I do it", "how do I do the figure four",
                    "walk me through the psoas release", "how do I do this one"],
    "DoseIntent": ["how long do I hold the couch stretch", "how many reps of lunges",
                   "how long do I hold this"],
    "EquipmentIntent": ["do I need a foam roller", "what do I need for strength"],
    "AdjustHoldIntent": ["make the holds longer", "I want shorter holds"],
    "WhereAmIIntent": ["where was I", "what stretch is this", "which stretch am I on"],
    "WhatsLeftIntent": ["what's left", "how long is left", "are we almost done"],
    "WhatsNextIntent": ["what's next", "what comes next", "what's after this"],
    "AdviceIntent": ["my hips are tight", "what should I do for tight hip flexors",
                     "my hamstrings feel tight", "stretches for tight glutes"],
    "ResumeRoutineIntent": ["I'm ready", "let's go", "keep going", "ready"],
    "AMAZON.PauseIntent": ["wait", "hang on", "I need a break"],
    "SetHoldTimeIntent": ["set my hold time to 120 seconds", "set my hold time to 200 seconds",
                          "forty five", "hold for ninety seconds"],
}


@pytest.mark.parametrize("intent, text", [(i, t) for i, ts in PHRASINGS.items() for t in ts])
def test_runner_phrasings_are_understood(intent, text):
    assert UNDERSTANDING.understand(text).intent == intent


# Short answers to the skill's own questions ---------------------------------------------------
def test_a_bare_routine_name_answers_the_welcome(conversation):
    menu = conversation.say("open hip coach").speech
    assert "Which routine would you like" in menu and ", or " in menu
    assert "There are 6" in menu
    assert "quick post-run" in conversation.say("the quick one").speech


def test_yes_to_a_resume_offer_resumes_and_no_offers_the_menu(conversation):
    conversation.say("ask hip coach to start my post-run stretches")
    conversation.say("(wait 100)")
    conversation.say("pause")
    assert "Shall I pick up there?" in conversation.say("open hip coach").speech
    assert "kneeling hip flexor stretch" in conversation.say("yes").speech
    conversation.say("pause")
    conversation.say("open hip coach")
    assert "which would you like instead" in conversation.say("no").speech


def test_which_stretch_is_answered_by_a_bare_name(conversation):
    conversation.say("open hip coach")
    asked = conversation.say("how do I do it").speech
    assert "Which stretch" in asked
    answer = conversation.say("pigeon").speech
    assert "Here's how to do the pigeon pose" in answer and answer.endswith("?")


def test_a_near_miss_is_forgiven_and_a_tie_is_asked(conversation):
    assert "pre-run" in conversation.say("ask hip coach to start my pre-run mobility routine") \
        .speech
    conversation.say("exit")
    asked = conversation.say("ask hip coach to start my run routine").speech
    assert "Did you mean post-run or pre-run?" in asked
    assert "Let's do your pre-run routine" in conversation.say("pre-run").speech


# Questions mid-routine keep the place ------------------------------------------------------------
def test_a_question_mid_routine_keeps_the_place_and_continue_goes_back_to_it(conversation):
    conversation.say("ask hip coach to start my post-run stretches")
    conversation.say("(wait 60)")  # in the left side's hold of the kneeling hip flexor stretch
    answer = conversation.say("what does this stretch target").speech
    assert answer.startswith("The kneeling hip flexor stretch works your hip flexors")
    assert answer.endswith("Say continue to pick up at the kneeling hip flexor stretch, left "
                           "leg, or ask me something else. Shall we carry on?")
    conversation.say("(wait 30)")
    assert "Kneel tall on one knee" in conversation.say("how do I do this").speech
    assert "You're on the kneeling hip flexor stretch, left leg, step 1 of 4" in \
        conversation.say("what stretch is this").speech
    assert "After the kneeling hip flexor stretch comes the pigeon pose" in \
        conversation.say("what's next").speech
    conversation.say("(wait 300)")  # minutes later, still the same place
    resumed = conversation.say("continue").speech
    assert resumed.startswith("Kneel tall on one knee")  # set up again: no minutes skipped
    assert "Left knee down" in resumed  # the side named by the body


@pytest.mark.parametrize("carry_on", ["continue", "yes", "ok", "ready", "go", "keep going",
                                      "I'm ready", "let's go", "next"])
def test_carry_on_words_at_a_continue_prompt(conversation, carry_on):
    first = conversation.say("ask hip coach to start my post-run stretches").speech
    assert first.endswith("Say continue for your right leg.")  # the pigeon's left side done
    conversation.say("(wait 250)")  # the response has played
    assert conversation.say(carry_on).speech.startswith(("Over to the other side",
                                                         "Now the other side"))


@pytest.mark.parametrize("stop_word", ["wait", "hang on", "I need a break", "no"])
def test_pause_words_at_a_continue_prompt(conversation, stop_word):
    conversation.say("ask hip coach to start my post-run stretches")
    conversation.say("(wait 250)")
    assert "Paused at the pigeon pose, right leg" in conversation.say(stop_word).speech


# Numbers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("said, answer", [
    ("set my hold time to 120 seconds", "Holds of two minutes from now on. Shall I set that?"),
    ("set my hold time to forty five seconds", "Holds of 45 seconds from now on. Shall I set"),
    ("set my hold time to 200 seconds", "Holds can be from 15 seconds to two minutes"),
    ("set my hold time to 7 seconds", "Holds can be from 15 seconds to two minutes"),
    ("set my hold time to 1000000 seconds", "Holds can be from 15 seconds to two minutes"),
])
def test_any_number_gets_a_clear_answer(conversation, said, answer):
    assert answer in conversation.say(f"ask hip coach to {said}").speech


def test_a_bare_number_answers_how_many_seconds(conversation):
    assert "How many seconds" in conversation.say("ask hip coach to make holds 300 seconds") \
        .speech
    assert "a minute and a half" in conversation.say("ninety").speech


# Suggestions and advice offer a routine; yes starts it -----------------------------------------
@pytest.mark.parametrize("said, offered", [
    ("I just finished a run", "post-run"), ("I'm about to go for a run", "pre-run"),
    ("I only have five minutes", "quick post-run"), ("I have 20 minutes", "deep release"),
    ("my hip flexors are tight", "post-run"), ("my glutes feel tight", "deep release"),
])
def test_suggestions_and_advice_offer_a_routine_that_yes_starts(conversation, said, offered):
    offer = conversation.say(f"ask hip coach {said}").speech
    assert offered in offer and offer.endswith("?") or "say quick" in offer
    assert f"Let's do your {offered} routine" in conversation.say("yes").speech


def test_spoken_forms_of_numbers_are_words():
    assert spoken_form("set 120 seconds") == "set one hundred twenty seconds"
    assert spoken_form("200") == "two hundred"
