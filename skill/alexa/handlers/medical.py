"""Medical questions: medication, whether to run on it, a named injury. Outside a routine the
answer says plainly that this is not medical advice and who to ask; never a diagnosis, never
the fallback. Inside a routine, or while choosing what next after a pain report, the same
words are pain, and get the pain answer."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import dialog, pain
from skill.alexa.flows.place import in_routine
from skill.alexa.turn import Turn


class MedicalQuestionHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("MedicalQuestionIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        if in_routine(turn) or dialog.pain_choosing(turn.awaiting) is not None:
            return pain.heard(turn)
        turn.awaiting = None
        question = turn.text("medical.follow_up")
        return turn.reply.ask(f"{turn.text('medical.answer')} {question}", question)
