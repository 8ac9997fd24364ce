"""Handlers for the mobility check-in's answers, and for the questions the article answers."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import asking, dialog
from skill.alexa.flows import check as check_flow
from skill.alexa.flows import routine as flow
from skill.alexa.slots import value_id
from skill.alexa.turn import Turn, intent_in
from skill.catalog import TOPICS
from skill.coach.checkin import LIMITED, PARTLY, REACHED

ANSWERS = ("CheckSideIntent", "CheckAmountIntent", "AMAZON.YesIntent", "AMAZON.NoIntent",
           "AMAZON.NextIntent", "AMAZON.ResumeIntent", "ResumeRoutineIntent")


class CheckAnswerHandler(AbstractRequestHandler):
    """While a check question is open: a side, yes, no or "a little" answers it; "hard to
    say" goes on to the next question; "skip", "next" or "continue" moves on to the next test
    without an answer. Registered before the general yes/no handlers."""

    def can_handle(self, handler_input):
        turn = Turn.of(handler_input)
        return (intent_in(handler_input, ANSWERS)
                and check_flow.asking(turn.awaiting) is not None and turn.playback is not None)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        intent = handler_input.request_envelope.request.intent.name
        _, question = check_flow.asking(turn.awaiting)
        if intent == "CheckSideIntent":
            side = value_id(handler_input, "side")
            if question == check_flow.SIDE and side:
                return check_flow.answer(turn, side=side)
            return _ask_again(turn)
        if intent == "CheckAmountIntent":
            amount = value_id(handler_input, "amount")
            if amount == "unsure":
                return check_flow.answer(turn, unsure=True)
            if question == check_flow.LIMITED and amount in (PARTLY, REACHED):
                return check_flow.answer(turn, outcome=amount)
            return _ask_again(turn)
        if intent in ("AMAZON.YesIntent", "AMAZON.NoIntent"):
            if question == check_flow.SIDE:  # "no" to "which side?": no difference
                return (check_flow.answer(turn, side="same") if intent == "AMAZON.NoIntent"
                        else _ask_again(turn))
            return check_flow.answer(
                turn, outcome=LIMITED if intent == "AMAZON.YesIntent" else REACHED)
        return check_flow.answer(turn)  # skipped


class ForgetChecksHandler(AbstractRequestHandler):
    """"Forget my check results": every stored result goes, and the next check asks again
    whether to keep them. The rest of the runner's progress stays."""

    def can_handle(self, handler_input):
        return is_intent_name("ForgetChecksIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        turn.profile = turn.profile._replace(checks=(), pending_check=(), check_consent=None)
        turn.session.put(check_flow.SESSION_ANSWERS, None)
        statement = turn.text("forget_checks.done")
        if turn.playback is not None:
            return flow.answer(turn, statement, "")
        return turn.reply.ask(f"{statement} {turn.text('help.reprompt')}",
                              turn.text("help.reprompt"))


def _ask_again(turn: Turn):
    question = asking.check_question(turn, *check_flow.asking(turn.awaiting))
    return turn.reply.ask(question, question)


class LearnHandler(AbstractRequestHandler):
    """"What's the difference between flexibility and mobility?" and the article's other
    answers, each short and ending with an offer (the one already open, if one was)."""

    TOPICS = {topic.intent: topic for topic in TOPICS}

    def can_handle(self, handler_input):
        return intent_in(handler_input, self.TOPICS)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        topic = self.TOPICS[handler_input.request_envelope.request.intent.name]
        statement = turn.text(f"learn.{topic.id}")
        if topic.evidence:  # what research adds, said after the article's answer
            statement = f"{statement} {turn.text(f'learn.{topic.id}.evidence')}"
        if turn.playback is not None or flow.question_kept(turn.awaiting):
            # mid-routine, or asked of a question already open: that stays the question
            return flow.answer(turn, statement, "")
        offer = turn.text(f"learn.{topic.id}.offer")
        turn.awaiting = dialog.offer(topic.offer_routine_id)
        return turn.reply.ask(f"{statement} {offer}", offer)
