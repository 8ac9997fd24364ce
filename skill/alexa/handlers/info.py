"""Handlers that answer questions from the catalogue and the runner's profile."""

from __future__ import annotations

from dataclasses import replace

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.slots import number, resolved_id
from skill.alexa.turn import Turn
from skill.catalog import RECOMMENDED_KIT, ROUTINES, Equipment, exercise, routine
from skill.coach.progress import summarize
from skill.coach.timeline import HOLD_CHOICES
from skill.voice.text import phrase, spoken_list, with_article

EXAMPLE_STRETCHES = ("couch_stretch", "pigeon_pose", "ninety_ninety")


def _stretch_or_reask(handler_input, turn: Turn):
    """(exercise, None) for the stretch asked about, or (None, a re-ask response)."""
    exercise_id, heard = resolved_id(handler_input, "stretch")
    exercise_id = exercise_id or (None if heard else turn.topic)
    if exercise_id is None:
        choices = spoken_list([exercise(e).name for e in EXAMPLE_STRETCHES], turn.locale)
        key = "stretch.unknown" if heard else "stretch.which"
        return None, turn.ask(turn.text(key, choices=choices),
                              turn.text("stretch.which", choices=choices))
    turn.topic = exercise_id
    return exercise(exercise_id), None


class StretchInfoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("StretchInfoIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        entry, reask = _stretch_or_reask(handler_input, turn)
        if reask:
            return reask
        muscles = spoken_list([m.value for m in entry.muscles], turn.locale)
        benefit = phrase(entry.benefit_key, turn.locale)
        key = ("stretch.targets_test" if entry.is_test else
               "stretch.targets_plural" if entry.plural else "stretch.targets")
        return turn.ask(turn.text(key, name=entry.name, muscles=muscles, benefit=benefit),
                        turn.text("stretch.follow_up"))


class HowToHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("HowToIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        entry, reask = _stretch_or_reask(handler_input, turn)
        if reask:
            return reask
        dose = entry.dose
        per_side = phrase("stretch.per_side", turn.locale) if dose.per_side else ""
        key = ("stretch.dose_hold" if not dose.reps else
               "stretch.dose_alternating" if dose.alternating else "stretch.dose_reps")
        amount = phrase(key, turn.locale, reps=dose.reps, seconds=dose.hold_seconds,
                        per_side=per_side)
        cues = " ".join([*(phrase(key, turn.locale) for key in entry.cue_keys), amount])
        return turn.ask(turn.text("stretch.how", name=entry.name, cues=cues),
                        turn.text("stretch.follow_up"))


class EquipmentHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("EquipmentIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        routine_id, _ = resolved_id(handler_input, "routine")
        if routine_id is None:
            items = spoken_list([with_article(e.value, turn.locale) for e in RECOMMENDED_KIT],
                                turn.locale)
            return turn.ask(turn.text("equipment.overall", items=items),
                            turn.text("equipment.follow_up"))
        chosen = routine(routine_id)
        kit = []
        for item in chosen.items:
            kit += [e for e in exercise(item.exercise_id).equipment
                    if e is not Equipment.NONE and e not in kit]
        key = "equipment.routine" if kit else "equipment.routine_none"
        return turn.ask(turn.text(key, routine=chosen.name,
                                  items=spoken_list([with_article(e.value, turn.locale)
                                                     for e in kit], turn.locale)),
                        turn.text("equipment.follow_up"))


class ListRoutinesHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ListRoutinesIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        items = " ".join(phrase("routine.list_item", turn.locale, name=r.name,
                                summary=phrase(r.summary_key, turn.locale)) for r in ROUTINES)
        return turn.ask(turn.text("routine.list", count=len(ROUTINES), items=items),
                        turn.text("help.reprompt"))


class ProgressHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ProgressIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        summary = summarize(turn.profile, turn.today())
        if summary.total_sessions == 0:
            return turn.ask(turn.text("progress.none"), turn.text("help.reprompt"))

        def counted(n: int, one: str, many: str) -> str:
            return phrase(one if n == 1 else many, turn.locale)

        return turn.ask(turn.text(
            "progress.summary", week=summary.sessions_this_week,
            week_sessions=counted(summary.sessions_this_week, "progress.session",
                                  "progress.sessions"),
            streak=summary.current_streak,
            streak_days=counted(summary.current_streak, "progress.day", "progress.days"),
            best=summary.best_streak,
            best_days=counted(summary.best_streak, "progress.day", "progress.days"),
            last=routine(summary.last_routine_id).name), turn.text("help.reprompt"))


class SetHoldTimeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("SetHoldTimeIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        seconds = number(handler_input, "seconds")
        if seconds not in HOLD_CHOICES:
            return turn.ask(turn.text("hold.invalid", low=HOLD_CHOICES[0], high=HOLD_CHOICES[-1]),
                            turn.text("hold.reprompt"))
        turn.profile = replace(turn.profile, hold_preference=seconds)
        return turn.ask(turn.text("hold.set", seconds=seconds), turn.text("help.reprompt"))
