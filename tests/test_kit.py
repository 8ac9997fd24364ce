"""Kit that matches the article and the routines (issue 32, point 3): what each tool is for, the
stand-ins the article gives, which exercises use a piece (any one of several, or one they can do
without), asked through the Lambda entry; and the screens say an exercise's kit in the same
words as the answers (one source)."""

from datetime import UTC, datetime

import pytest

from skill import screens
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import Equipment, exercise, needs
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.kit import exercise_kit

START = datetime(2026, 7, 1, 18, 0, tzinfo=UTC)


def ask(line: str) -> str:
    skill = build_skill(MemoryProgressStore())
    chat = Conversation(lambda e, c: handle_event(skill, e, c), Caller(user_id="amzn1.kit"),
                        START)
    return chat.say(f"ask hip coach {line}").speech


@pytest.mark.parametrize("line, says", [
    ("what is a {kit} for", ["lacrosse ball can ease tightness",
                            "loosen things up before active drills"]),
    ("do i need a {kit}", ["lacrosse ball can ease tightness", "any similar ball"]),
], ids=["what for", "do i need"])
def test_a_lacrosse_ball_is_for_relief_before_active_drills(line, says):
    answer = ask(line.format(kit="lacrosse ball"))
    assert all(s in answer for s in says) and not answer.startswith("No"), answer


def test_instead_of_a_foam_roller():
    answer = ask("what can i use instead of a foam roller")
    assert "foam roller can ease tightness" in answer and "a lacrosse ball will do" in answer


def test_the_half_cylinder_has_the_articles_stand_in():
    assert "a thick rolled blanket will do" in ask("do i need a half cylinder")


def test_a_resistance_band_is_needed_where_the_clamshells_use_a_mini_band():
    answer = ask("do i need a resistance band")
    assert "banded clamshells with lift and extension use a mini band" in answer, answer
    assert "strength" in answer and not answer.startswith("No")


def test_kit_that_one_routine_uses_offers_that_routine():
    skill = build_skill(MemoryProgressStore())
    chat = Conversation(lambda e, c: handle_event(skill, e, c), Caller(user_id="amzn1.kit"),
                        START)
    answer = chat.say("ask hip coach do i need a kettlebell").speech
    assert "goblet squat uses a kettlebell" in answer
    assert answer.endswith("Shall I start the strength routine?"), answer
    assert "Let's do your strength routine" in chat.say("yes").speech


def test_an_exercise_named_gets_its_own_kit_and_the_routine_that_plays_it_offered():
    skill = build_skill(MemoryProgressStore())
    chat = Conversation(lambda e, c: handle_event(skill, e, c), Caller(user_id="amzn1.kit"),
                        START)
    answer = chat.say("ask hip coach what do i need for the clamshells with lift and "
                      "extension").speech
    assert answer.startswith("For the banded clamshells with lift and extension you need a "
                             "mini band."), answer
    assert "strength routine" in answer and "kettlebell" not in answer, answer
    assert "Let's do your strength routine" in chat.say("yes").speech


def test_an_exercise_with_no_kit_says_so():
    assert "The straddle rocking with rotation needs no equipment" in ask(
        "what do i need for straddle rocking")


def test_the_psoas_release_takes_any_one_of_its_supports():
    answer = ask("do i need a yoga block for deep release")
    assert answer.startswith("Not necessarily"), answer
    assert "any one of a yoga block, or a thick towel or cushion" in answer, answer


def test_the_leg_swings_use_a_wall():
    answer = ask("do i need a wall for pre run")
    assert answer.startswith("Yes") and "leg swings use a wall" in answer, answer


@pytest.mark.parametrize("exercise_id", ["psoas_release", "leg_swings_front_back",
                                         "kneeling_hip_flexor_advanced", "elevated_hip_flexor",
                                         "pigeon_pose_easier"])
def test_the_screen_says_the_kit_as_the_answers_do(exercise_id):
    entry = exercise(exercise_id)
    facts = screens.exercise_screen(entry, entry.dose, "en-US")["exerciseScreen"]["facts"]
    shown = next(f["value"] for f in facts if f["label"] == "Equipment")
    assert shown == (exercise_kit(entry, "en-US") or "None needed")
    if exercise_id == "psoas_release":
        assert shown == "a yoga block, or a thick towel or cushion"
    if exercise_id == "kneeling_hip_flexor_advanced":
        assert shown == "a strap if you have one"
    assert all(need.any_of for need in needs(entry))
    assert Equipment.NONE not in {piece for need in needs(entry) for piece in need.any_of}
