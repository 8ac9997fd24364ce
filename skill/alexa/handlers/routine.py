"""Handlers that start, continue, pause and move through a routine."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa import routine_flow as flow
from skill.alexa.slots import resolved_id
from skill.alexa.turn import Turn
from skill.catalog import ROUTINES, routine
from skill.voice.text import spoken_list

CHOICES_NAMED = 3  # a re-ask names this many routines, so it stays short


def routine_choices(turn: Turn) -> str:
    return spoken_list([r.name for r in ROUTINES[:CHOICES_NAMED]], turn.locale)


class StartRoutineHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("StartRoutineIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        routine_id, heard = resolved_id(handler_input, "routine")
        if routine_id is None:
            key = "routine.unknown" if heard else "routine.which"
            return turn.ask(turn.text(key, choices=routine_choices(turn)),
                            turn.text("routine.which", choices=routine_choices(turn)))
        return flow.start(turn, routine(routine_id))


class ContinueHandler(AbstractRequestHandler):
    """"Continue" / "resume": the next response of the routine playing, else the saved place."""

    def can_handle(self, handler_input):
        return (is_intent_name("AMAZON.ResumeIntent")(handler_input)
                or is_intent_name("ResumeRoutineIntent")(handler_input))

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        playback = turn.playback
        if playback is not None:
            timeline = flow.timeline_for(turn, playback.routine_id, playback.hold)
            return flow.play_from(turn, timeline, playback.next_cursor,
                                  played=playback.played_by(turn.now))
        if turn.profile.position is not None:
            return flow.resume(turn, turn.profile.position)
        return turn.ask(turn.text("resume.nothing"), turn.text("help.reprompt"))


class PauseHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.PauseIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        saved = flow.save_stop(turn) or turn.profile.position
        if saved is None:
            return turn.ask(turn.text("pause.nothing"), turn.text("help.reprompt"))
        words = flow.place_words(turn, saved.routine_id, saved.step, saved.side)
        return turn.tell(turn.text("pause.done", **words))


class StepHandler(AbstractRequestHandler):
    """Next, previous, repeat and start over act on whole steps of the routine."""

    MOVES = {
        "AMAZON.NextIntent": lambda step: step + 1,
        "AMAZON.PreviousIntent": lambda step: step - 1,
        "AMAZON.RepeatIntent": lambda step: step,
        "AMAZON.StartOverIntent": lambda step: 0,
    }

    def can_handle(self, handler_input):
        return any(is_intent_name(name)(handler_input) for name in self.MOVES)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        intent = handler_input.request_envelope.request.intent.name
        return flow.go_to_step(turn, self.MOVES[intent])
