"""Answers agree with the routines: every dose answer quotes what the runner's routine plays
(hold length, holds built up over sessions, mid-routine or not), every advice line names a
routine that has the exercises it names, and every kit answer says yes exactly where a routine
uses the kit. Expectations are read off the played timeline's segments, not the catalogue."""

from datetime import UTC, datetime

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.catalog import (
    AREAS,
    EXERCISES,
    KIT,
    ROUTINES,
    Equipment,
    exercise,
    needs,
    routine,
    serves,
)
from skill.coach.progress import Finished, Position, Profile
from skill.coach.timeline import Kind
from skill.coach.variants import for_today
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.script import script_for
from skill.voice.text import duration, phrase

START = datetime(2026, 7, 1, 18, 0, tzinfo=UTC)
USER = "amzn1.ask.account.consistent"
IN_ROUTINES = sorted({i.exercise_id for r in ROUTINES for i in r.items if not r.check_in})
HISTORIES = {"new": (), "five post-runs": tuple(
    Finished("post_run", float(n), f"2026-06-0{n + 1}") for n in range(5))}


def ask(profile: Profile, intent: str, **slots) -> str:
    store = MemoryProgressStore()
    caller = Caller(user_id=USER)
    store.items[USER] = {**profile.to_dict(), "version": 1}
    response = handle_event(build_skill(store), caller.intent(caller.new_session(), intent,
                                                              START, **slots))
    return response["response"]["outputSpeech"]["ssml"].removeprefix("<speak>").removesuffix(
        "</speak>").replace("&apos;", "'")


def played_dose_words(profile: Profile, routine_id: str, exercise_id: str,
                      variants: str | None = None) -> str:
    """How the dose answer must read, from the segments the routine plays for this runner
    (today's, unless the `variants` of a saved place are given)."""
    chosen = routine(routine_id)
    if variants is None:
        variants = for_today(chosen, [f.routine_id for f in profile.history], set(),
                             profile.hold_preference)
    timeline = script_for(None).timeline(chosen, profile.hold_preference, variants)
    step = next(i for i, item in enumerate(chosen.items) if item.exercise_id == exercise_id)
    work = [s for s in timeline.segments if s.step == step and s.kind in (Kind.HOLD, Kind.REPS)]
    sides = {s.side for s in work}
    per_side = phrase("stretch.per_side", "en-US") if sides != {None} else ""
    if work[0].kind is Kind.REPS:
        entry = timeline.steps[step]
        key = "stretch.dose_alternating" if entry.dose.alternating else "stretch.dose_reps"
        return phrase(key, "en-US", reps=work[0].reps, per_side=per_side)
    one_side = round(sum(s.seconds for s in work if s.side == work[0].side))
    goal = exercise(exercise_id).dose.hold_seconds
    if timeline.doses[step].build_up and goal > one_side:  # the article's "work up to"
        return phrase("stretch.dose_building", "en-US", seconds=one_side, per_side=per_side,
                      goal=duration(goal))
    return phrase("stretch.dose_hold", "en-US", seconds=one_side, per_side=per_side)


@pytest.mark.parametrize("history", HISTORIES, ids=str)
@pytest.mark.parametrize("hold", [None, 45])
@pytest.mark.parametrize("exercise_id", IN_ROUTINES)
def test_how_long_answers_what_the_runners_routine_plays(exercise_id, hold, history):
    profile = Profile(heard_safety=True, hold_preference=hold, history=HISTORIES[history])
    answer = ask(profile, "DoseIntent", stretch=exercise(exercise_id).name)
    named = next(r for r in ROUTINES if f"in your {r.name} routine:" in answer)
    assert any(i.exercise_id == exercise_id for i in named.items), answer
    assert played_dose_words(profile, named.id, exercise_id) in answer, answer


@pytest.mark.parametrize("chosen", [r for r in ROUTINES if not r.check_in], ids=lambda r: r.id)
def test_mid_routine_every_step_quotes_its_own_dose(chosen):
    """"How long do I hold this", asked in each step of each routine (resumed there)."""
    timeline = script_for(None).timeline(chosen)
    for step, item in enumerate(chosen.items):
        store = MemoryProgressStore()
        caller = Caller(user_id=USER)
        saved = Position(chosen.id, timeline.step_start(step), step, None, None,
                         START.timestamp() - 60)
        store.items[USER] = {**Profile(heard_safety=True, position=saved).to_dict(),
                             "version": 1}
        skill = build_skill(store)
        chat = Conversation(lambda e, c, skill=skill: handle_event(skill, e, c), caller, START)
        resumed = chat.say("ask hip coach to resume my routine")
        assert exercise(item.exercise_id).name in resumed.speech
        if not resumed.session_open:  # the rest of the routine fit in one response
            assert any(phrase("coach.finished", "en-US", v, routine=chosen.name)
                       in resumed.speech for v in range(3))  # it finished
            continue
        answer = chat.say("how long do i hold this").speech
        assert f"in your {chosen.name} routine:" in answer, answer
        assert played_dose_words(Profile(), chosen.id, item.exercise_id, "") in answer, answer


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.id)
def test_advice_names_a_routine_that_has_what_it_names(area):
    answer = ask(Profile(heard_safety=True), "AdviceIntent", area=area.name)
    named = next(r for r in ROUTINES if f"The {r.name} routine has" in answer)
    said = answer.split(f"The {named.name} routine has ")[1].split(".")[0]
    has = [e for e in EXERCISES if f"the {e.name}" in said]
    assert has and all(any(i.exercise_id == e.id for i in named.items) for e in has), answer


def said(item: Equipment) -> str:
    """How a runner names the kit: the model's value for it."""
    from skill.alexa.language.interaction_model import load_model

    kit = next(t for t in load_model()["types"] if t["name"] == "KitName")
    return next(v["name"]["value"] for v in kit["values"] if v["id"] == item.name)


@pytest.mark.parametrize("item", [e for e in Equipment if e is not Equipment.NONE],
                         ids=lambda e: e.name)
def test_kit_answers_say_yes_exactly_where_a_routine_uses_it(item):
    """Whose kit a piece serves is read off each exercise's needs (a resistance band serves the
    mini band's); the answer says what it is for, and what stands in for it when anything can."""
    users = [r for r in ROUTINES if any(serves(n, item) for i in r.items
                                        for n in needs(exercise(i.exercise_id)))]
    answer = ask(Profile(heard_safety=True), "EquipmentIntent", kit=said(item))
    assert answer.startswith(phrase(f"kit.{item.name}.use", "en-US")), answer
    if users:
        assert all(r.name in answer for r in users), answer
    else:
        assert phrase("equipment.item_unused", "en-US") in answer, answer
    if KIT[item].stand_in:
        assert phrase(f"kit.{item.name}.stand_in", "en-US") in answer, answer
    for chosen in ROUTINES:
        answer = ask(Profile(heard_safety=True), "EquipmentIntent", kit=said(item),
                     routine=chosen.name)
        assert answer.startswith(("Yes", "Not necessarily")) == (chosen in users), (chosen.id,
                                                                                    answer)
        assert answer.startswith("No,") == (chosen not in users), (chosen.id, answer)


def test_no_line_names_an_exercise_the_routine_it_names_lacks():
    """Routine summaries and the article answers' offers: an exercise named with a routine
    is in it."""
    from skill.voice.locale_en import TEXT

    for chosen in ROUTINES:
        summary = TEXT[chosen.summary_key]
        for entry in EXERCISES:
            if entry.name in summary:
                assert any(i.exercise_id == entry.id for i in chosen.items), summary


@pytest.mark.parametrize("entry", EXERCISES, ids=lambda e: e.id)
def test_what_a_stretch_targets_names_each_muscle_once_and_agrees_in_number(entry):
    """"The couch stretch works your hip flexors and quadriceps." is followed by why, not by
    the muscles again; a plural name ("the lunges work") is followed by "they", not "it"."""
    answer = ask(Profile(heard_safety=True), "StretchInfoIntent", stretch=entry.name)
    why = phrase(entry.benefit_key, "en-US")
    assert why in answer
    for muscle in entry.muscles:
        assert answer.count(muscle.value) <= 1, answer
    if entry.plural and not entry.is_test:
        assert why.startswith("They "), why
