"""Handlers for where the runner is: the exercise playing (or saved) and what is still to come."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import dialog, place
from skill.alexa.flows import routine as flow
from skill.alexa.turn import Turn


class WhereAmIHandler(AbstractRequestHandler):
    """"Where was I?", "what stretch is this?"."""

    def can_handle(self, handler_input):
        return is_intent_name("WhereAmIIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        saved = place.hold_place(turn)
        if saved is None:
            return flow.routine_menu(turn, "where.none")
        words = place.place_words(turn, saved.routine_id, saved.step, saved.side)
        if not place.in_routine(turn):
            return _offer_resume(turn, "", turn.text("welcome.offer_resume", **words))
        count = len(turn.timeline(saved.routine_id, saved.hold).steps)
        return flow.answer(turn, turn.text("where.playing", step=saved.step + 1, count=count,
                                           **words), "")


class WhatsLeftHandler(AbstractRequestHandler):
    """"What's next?", "how long is left?": the next exercise and the time to go."""

    def can_handle(self, handler_input):
        return is_intent_name("WhatsLeftIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        saved = place.hold_place(turn)
        if saved is None:
            return flow.routine_menu(turn, "where.none")
        timeline = turn.timeline(saved.routine_id, saved.hold)
        left = timeline.total_seconds - timeline.segments[saved.index].start
        minutes = max(1, round(left / 60))
        words = place.place_words(turn, saved.routine_id, saved.step, saved.side)
        if saved.step < timeline.last_step:
            statement = turn.text("left.next", next=timeline.steps[saved.step + 1].name,
                                  seconds=minutes * 60, **words)
        else:
            statement = turn.text("left.last", seconds=minutes * 60, **words)
        if not place.in_routine(turn):
            return _offer_resume(turn, statement, turn.text("left.offer_resume"))
        return flow.answer(turn, statement, "")


def _offer_resume(turn: Turn, statement: str, offer: str):
    """About a saved place, outside a routine: ends by offering to pick up there."""
    turn.awaiting = dialog.RESUME_OFFER
    return turn.reply.ask(f"{statement} {offer}".strip(), offer)
