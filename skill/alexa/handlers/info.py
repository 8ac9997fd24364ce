"""Handlers that answer questions from the catalogue: what a stretch targets, how to do it and for
how long, what helps a tight area, what kit a routine needs, and which routines there are.

"This stretch", "it" and slotless questions mean the exercise playing (or saved), else the one
last talked about. Asked mid-routine, every answer keeps the place and offers to carry on.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill import screens
from skill.alexa.flows import dialog, place
from skill.alexa.flows import routine as flow
from skill.alexa.slots import heard
from skill.alexa.turn import Turn
from skill.catalog import (
    AREAS,
    EXERCISES,
    RECOMMENDED_KIT,
    ROUTINES,
    Equipment,
    Exercise,
    exercise,
    routine,
)
from skill.voice.text import phrase, spoken_choices, spoken_list, with_article

EXAMPLE_STRETCHES = ("couch_stretch", "pigeon_pose", "ninety_ninety")
_AREAS = {a.id: a for a in AREAS}


def _stretch_or_reask(handler_input, turn: Turn, question: str):
    """(exercise, None) for the stretch a question is about, or (None, a response asking which).
    No stretch named: the one playing or saved, else the one last talked about."""
    said = heard(handler_input, "stretch", EXERCISES)
    exercise_id = said.one
    if said.words is None:
        current = place.current_exercise(turn)
        exercise_id = current.id if current else turn.topic
    if exercise_id is None:
        if len(said.ids) > 1:
            key, names = "stretch.which_of", [exercise(e).name for e in said.ids]
        else:
            key = "stretch.unknown" if said.words else "stretch.which"
            names = [exercise(e).name for e in EXAMPLE_STRETCHES]
        choices = spoken_choices(names, turn.locale)
        turn.awaiting = dialog.stretch_for(question)
        return None, turn.reply.ask(turn.text(key, choices=choices),
                              turn.text("stretch.which", choices=choices))
    turn.topic = exercise_id
    return exercise(exercise_id), None


class StretchQuestion(AbstractRequestHandler):
    """A question about one stretch. A bare stretch name (StretchInfoIntent) answers whichever
    question the skill just asked "which stretch?" for."""

    intent = ""

    def can_handle(self, handler_input):
        return is_intent_name(self.intent)(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        pending = dialog.stretch_question(turn.awaiting)  # "which stretch?" asked for it
        question = pending if pending in ANSWERS else self.intent
        turn.awaiting = None
        entry, reask = _stretch_or_reask(handler_input, turn, question)
        if reask:
            return reask
        turn.reply.show("exercise", lambda: screens.exercise_screen(entry, turn.locale))
        return flow.answer(turn, ANSWERS[question](turn, entry),
                           turn.text("stretch.follow_up"))


def _targets(turn: Turn, entry: Exercise) -> str:
    muscles = spoken_list([m.value for m in entry.muscles], turn.locale)
    key = ("stretch.targets_test" if entry.is_test else
           "stretch.targets_plural" if entry.plural else "stretch.targets")
    return turn.text(key, name=entry.name, muscles=muscles,
                     benefit=phrase(entry.benefit_key, turn.locale))


def _dose(turn: Turn, entry: Exercise) -> str:
    dose = entry.dose
    key = ("stretch.dose_hold" if not dose.reps else
           "stretch.dose_alternating" if dose.alternating else "stretch.dose_reps")
    per_side = phrase("stretch.per_side", turn.locale) if dose.per_side else ""
    return phrase(key, turn.locale, reps=dose.reps, seconds=dose.hold_seconds, per_side=per_side)


def _how_to(turn: Turn, entry: Exercise) -> str:
    cues = " ".join([*(phrase(key, turn.locale) for key in entry.cue_keys), _dose(turn, entry)])
    return turn.text("stretch.how", name=entry.name, cues=cues)


def _how_long(turn: Turn, entry: Exercise) -> str:
    return turn.text("stretch.dose", name=entry.name, amount=_dose(turn, entry))


ANSWERS = {"StretchInfoIntent": _targets, "HowToIntent": _how_to, "DoseIntent": _how_long}


class StretchInfoHandler(StretchQuestion):
    intent = "StretchInfoIntent"


class HowToHandler(StretchQuestion):
    intent = "HowToIntent"


class DoseHandler(StretchQuestion):
    intent = "DoseIntent"


class AdviceHandler(AbstractRequestHandler):
    """"My hip flexors are tight": the stretches that train the area, and the routine that has
    them, offered to start now."""

    def can_handle(self, handler_input):
        return is_intent_name("AdviceIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        area = _AREAS.get(heard(handler_input, "area", AREAS).one or "")
        if area is None:
            turn.awaiting = dialog.AREA_CHOICE
            names = spoken_choices([phrase(f"area.{a.id}", turn.locale) for a in AREAS[:5]],
                                   turn.locale)
            return turn.reply.ask(turn.text("advice.which", choices=names),
                            turn.text("advice.which", choices=names))
        first, second = (exercise(e).name for e in area.exercise_ids)
        statement = turn.text("advice.area", area=phrase(f"area.{area.id}", turn.locale),
                              first=first, second=second, routine=routine(area.routine_id).name)
        if turn.playback is not None:
            return flow.answer(turn, statement, "")
        turn.awaiting = dialog.offer(area.routine_id)
        offer = turn.text("advice.offer", routine=routine(area.routine_id).name)
        return turn.reply.ask(f"{statement} {offer}", offer)


class EquipmentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("EquipmentIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        routine_id = heard(handler_input, "routine", ROUTINES).one
        if routine_id is None:
            items = spoken_list([with_article(e.value, turn.locale) for e in RECOMMENDED_KIT],
                                turn.locale)
            return flow.answer(turn, turn.text("equipment.overall", items=items),
                               turn.text("equipment.follow_up"))
        chosen = routine(routine_id)
        kit: list[Equipment] = []
        for item in chosen.items:
            kit += [e for e in exercise(item.exercise_id).equipment
                    if e is not Equipment.NONE and e not in kit]
        key = "equipment.routine" if kit else "equipment.routine_none"
        items = spoken_list([with_article(e.value, turn.locale) for e in kit], turn.locale)
        return flow.answer(turn, turn.text(key, routine=chosen.name, items=items),
                           turn.text("equipment.follow_up"))


class ListRoutinesHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ListRoutinesIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        flow.show_menu(turn)
        items = " ".join(phrase("routine.list_item", turn.locale, name=r.name,
                                summary=phrase(r.summary_key, turn.locale)) for r in ROUTINES)
        turn.awaiting = dialog.ROUTINE_CHOICE
        return flow.answer(turn, turn.text("routine.list", count=len(ROUTINES), items=items),
                           turn.text("routine.list_question"))
