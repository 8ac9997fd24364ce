"""Handlers for where the runner is: the exercise playing (or saved) and what is still to come."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import check, dialog, place
from skill.alexa.flows import routine as flow
from skill.alexa.handlers.info import RoutineContentsHandler
from skill.alexa.turn import Turn
from skill.coach.timeline import SIDES, side_line


class WhereAmIHandler(AbstractRequestHandler):
    """"Where was I?", "what stretch is this?"."""

    def can_handle(self, handler_input):
        return is_intent_name("WhereAmIIntent")(handler_input)

    def handle(self, handler_input):
        def where(turn: Turn, saved, words) -> tuple[str, str]:
            count = len(turn.timeline(saved.routine_id, saved.hold, saved.variants).steps)
            playing = turn.text("where.playing", step=saved.step + 1, count=count, **words)
            return playing, ""  # outside a routine only the offer to pick up is said
        return _about_place(Turn.of(handler_input), "where.none", where)


class WhatsNextHandler(AbstractRequestHandler):
    """"What's next?": the exercise after this one."""

    def can_handle(self, handler_input):
        return is_intent_name("WhatsNextIntent")(handler_input)

    def handle(self, handler_input):
        def next_up(turn: Turn, saved, words) -> tuple[str, str]:
            steps = turn.timeline(saved.routine_id, saved.hold, saved.variants).steps
            statement = (turn.text("next.after", next=steps[saved.step + 1].name, **words)
                         if saved.step + 1 < len(steps) else turn.text("next.last", **words))
            return statement, statement
        return _about_place(Turn.of(handler_input), "where.none", next_up, "left.offer_resume")


class WhatsLeftHandler(AbstractRequestHandler):
    """"How long is left?", "how many more?": the time to go and the exercises after this.
    Asked of a routine just offered ("how long's that gonna take"), its length."""

    def can_handle(self, handler_input):
        return is_intent_name("WhatsLeftIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        if dialog.offered(turn.awaiting) and not place.in_routine(turn):
            return RoutineContentsHandler().handle(handler_input)

        def left(turn: Turn, saved, words) -> tuple[str, str]:
            timeline = turn.timeline(saved.routine_id, saved.hold, saved.variants)
            minutes = max(1, round(
                (timeline.total_seconds - timeline.segments[saved.index].start) / 60))
            if saved.step < timeline.last_step:
                statement = turn.text("left.next", seconds=minutes * 60,
                                      remaining=timeline.last_step - saved.step, **words)
            else:
                statement = turn.text("left.last", seconds=minutes * 60, **words)
            return statement, statement
        return _about_place(Turn.of(handler_input), "where.none", left, "left.offer_resume")


class WhichLegHandler(AbstractRequestHandler):
    """"Which leg now?", "which knee goes down?": the side playing, named by the body."""

    def can_handle(self, handler_input):
        return is_intent_name("WhichLegIntent")(handler_input)

    def handle(self, handler_input):
        def which(turn: Turn, saved, words) -> tuple[str, str]:
            entry = turn.timeline(saved.routine_id, saved.hold,
                                  saved.variants).steps[saved.step]
            if not entry.dose.per_side:
                statement = turn.text("which_leg.both", name=entry.name)
            else:
                statement = turn.script.words(side_line(entry, saved.side or SIDES[0]))
            return statement, statement
        return _about_place(Turn.of(handler_input), "which_leg.none", which)


def _about_place(turn: Turn, none_key: str, statement_of, offer_key: str = ""):
    """An answer about where the runner is: mid-routine it keeps the place and offers to carry
    on; about a saved place, it offers to pick up there; while the check asks to keep results,
    about its next test, and then it asks again; while choosing after pain, about the exercise
    or test that hurt, and then the choice again; with no place, the routine menu.
    `statement_of(turn, place, words)` gives the words in and outside a routine."""
    saved = place.hold_place(turn)
    before_test = check.consent_place(turn) if saved is None else None  # the check waits
    saved = saved or before_test or check.hurt_place(turn)
    if saved is None:
        return flow.routine_menu(turn, none_key)
    words = place.place_words(turn, saved.routine_id, saved.step, saved.side)
    inside, outside = statement_of(turn, saved, words)
    if before_test is not None:  # for its answer to keeping results: asked again after
        return check.consent_asked_again(turn, inside, turn.awaiting)
    if place.in_routine(turn) or dialog.after_pain(turn.awaiting):
        return flow.answer(turn, inside, "")
    offer = turn.text(offer_key) if offer_key else turn.text("welcome.offer_resume", **words)
    turn.awaiting = dialog.RESUME_OFFER
    return turn.reply.ask(f"{outside} {offer}".strip(), offer)
