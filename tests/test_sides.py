"""The side walk: every one-sided exercise of every routine, in every version, read line by
line in the order a runner hears it, naming each side by the body.

The runner's side is the leg the exercise works (the timeline's `side`). A line may name a side
only as a part of the body ("your right leg", "left knee down"); "the right side" alone is not
allowed, since a runner lying on one side (the clamshells: "Lie on your right side, left leg on
top") hears it as the side they are already on. Only the exercise's own side line says how to
lie ("on your right side"), and it is checked to be the line for the leg being worked. Every
other line that names a leg names the one the runner works next."""

import re

import pytest

from skill.catalog import ROUTINES, versions_of
from skill.coach.packing import Chunk, Cursor
from skill.coach.timeline import SIDES, Kind, side_line
from skill.coach.variants import EASIER, HARDER, REGULAR, step_exercise, with_version
from skill.voice.script import script_for
from skill.voice.text import phrase

BODY = {"leg", "knee", "foot", "shin", "ankle", "hand", "toes", "hip", "glute"}
MENTION = re.compile(r"\b(left|right)\b\W*(\w*)", re.IGNORECASE)
# Lines that name where a runner is (launch, pause, resume, carry on, where am I).
PLACE_KEYS = ("welcome.offer_resume", "resume.here", "resume.here_hold", "routine.carry_on",
              "pause.done", "where.playing")


def versions(chosen):
    """Every routine with one step switched to each of its versions."""
    yield chosen, ""
    for step, item in enumerate(chosen.items):
        found = versions_of(item.exercise_id)
        for version in (EASIER, HARDER):
            if found.easier if version == EASIER else found.harder:
                yield chosen, with_version("", len(chosen.items), step, version)


CASES = [case for chosen in ROUTINES for case in versions(chosen)]


def wrong_sides(text: str, working: str, own_side_line: bool) -> list[str]:
    faults = []
    for mention in MENTION.finditer(text):
        side, noun = mention.group(1).lower(), mention.group(2).lower()
        posture = own_side_line and noun == "side" and text[:mention.start()].lower().endswith(
            "on your ")
        if noun not in BODY and not posture:
            faults.append(f"{mention.group(0)!r} is not named by the body")
        elif not own_side_line and side != working:
            faults.append(f"names the {side} {noun} while the runner works the {working} leg")
    return faults


def lines_in_order(timeline):
    """(text, working side, whether it is the exercise's own side line) for every line of every
    one-sided step, in playing order: the segments, the lead a response opens with there, the
    prompt a response ends with before the other side, and the place lines a pause names."""
    script = script_for(None)
    for index, segment in enumerate(timeline.segments):
        if segment.side is None or segment.kind is Kind.INTRO and not segment.lines[1:]:
            continue
        entry = timeline.steps[segment.step]
        if segment.kind is Kind.SWITCH_SIDES:  # a response may end here: "say continue ..."
            ending = Chunk((), Cursor(0), Cursor(index), False, 0.0, 0)
            yield script.say(script.closing(ending, timeline)), segment.side, False
        for lead in timeline.leads.get(index, ()):
            for line in lead.lines:
                yield script.say(line), segment.side, False
        for line in segment.lines:
            own = line.key == entry.cue("side")
            if own:
                assert line == side_line(entry, segment.side), (entry.id, line)
            yield script.say(line), segment.side, own
        words = {"exercise": entry.name, "routine": timeline.routine.name, "seconds": 20,
                 "side_phrase": phrase(f"side_phrase.{segment.side}"), "step": 1, "count": 2}
        for key in PLACE_KEYS:
            yield phrase(key, **words), segment.side, False


@pytest.mark.parametrize(("chosen", "variants"), CASES,
                         ids=[f"{c.id}[{v}]" for c, v in CASES])
def test_every_line_names_the_side_by_the_body(chosen, variants):
    timeline = script_for(None).timeline(chosen, None, variants)
    faults = [f"{text!r}: {fault}" for text, working, own in lines_in_order(timeline)
              for fault in wrong_sides(text, working, own)]
    assert not faults, "\n".join(sorted(set(faults)))


def test_the_walk_covers_every_one_sided_exercise_and_version():
    walked = {step_exercise(entry, REGULAR).id
              for chosen, variants in CASES
              for entry, dose in zip(script_for(None).timeline(chosen, None, variants).steps,
                                     script_for(None).timeline(chosen, None, variants).doses,
                                     strict=True) if dose.per_side}
    assert {"banded_clamshells", "banded_clamshells_easier", "pigeon_pose_easier",
            "kneeling_hip_flexor_advanced"} <= walked
    assert SIDES == ("left", "right")


def test_the_walk_catches_a_side_named_by_the_floor():
    said = "That's one side. Say continue for your right side."
    assert wrong_sides(said, "right", False)
    assert not wrong_sides("Lie on your right side, left leg on top: the top leg works.",
                           "left", True)
    assert wrong_sides("Say continue for your left leg.", "right", False)
