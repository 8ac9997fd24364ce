"""Handlers for pain, heard before anything else, the choice that follows it, and easier or
harder versions of the exercise playing."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill.alexa.flows import check, dialog, pain, versions
from skill.alexa.flows import routine as flow
from skill.alexa.language.interaction_model import spoken_form
from skill.alexa.language.samples import says_hurt
from skill.alexa.slots import said
from skill.alexa.turn import Turn, intent_in
from skill.coach.variants import EASIER, HARDER


class PainHandler(AbstractRequestHandler):
    """"That hurts", "something pinched", "what's wrong with my hip": the safe answer, in any
    state of the skill. Registered first. A worry about the exercise in the runner's own words
    that says hurt ("is it normal that my knee clicks") is pain too: its words come as heard."""

    def can_handle(self, handler_input):
        if is_intent_name("PainIntent")(handler_input):
            return True
        worry = is_intent_name("FormQuestionIntent")(handler_input) and said(handler_input,
                                                                             "worry")
        return bool(worry) and says_hurt(spoken_form(worry).split())

    def handle(self, handler_input):
        return pain.heard(Turn.of(handler_input))


class PainChoiceHandler(AbstractRequestHandler):
    """The answer to "a gentler version, skip it, or stop for today?" (or, in the check, "skip
    this test, or stop?"). Stop and cancel go to the stop handler, which keeps the place."""

    CHOICES = ("EasierIntent", "AMAZON.NextIntent", "AMAZON.ResumeIntent", "ResumeRoutineIntent",
               "AMAZON.YesIntent", "AMAZON.NoIntent", "HarderIntent")

    def can_handle(self, handler_input):
        if not intent_in(handler_input, self.CHOICES):
            return False  # checked first: most turns are no answer to a pain choice
        return dialog.after_pain(Turn.of(handler_input).awaiting)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        intent = handler_input.request_envelope.request.intent.name
        hurt_in, test = dialog.pain_choosing(turn.awaiting), dialog.pain_test(turn.awaiting)
        turn.awaiting = None
        if intent == "AMAZON.NoIntent":  # no to all of it: stop for today, place kept
            flow.save_stop(turn)
            return turn.reply.tell(turn.text("pain.stopped"))
        # Harder is no answer: what hurt never comes back harder. The choice is asked again.
        lead = turn.text("pain.not_harder") if intent == "HarderIntent" else ""
        if test is not None:
            if intent in ("EasierIntent", "AMAZON.YesIntent", "HarderIntent"):
                return _ask_again(turn, dialog.pain_in_test(test), "pain.choice_test_again",
                                  lead)
            return check.skip_test(turn, test)
        if intent == "EasierIntent":
            played = pain.chose_gentler(turn, hurt_in)
            if played is not None:
                return played
        if intent in ("AMAZON.YesIntent", "HarderIntent"):  # no answer to the choice: again
            return _ask_again(turn, dialog.pain_choice(hurt_in), "pain.choice_again", lead)
        return pain.chose_skip(turn) or flow.routine_menu(turn, "resume.nothing")


def _ask_again(turn: Turn, awaiting: str, key: str, lead: str = ""):
    turn.awaiting = awaiting
    question = turn.text(key)
    return turn.reply.ask(f"{lead} {question}".strip(), question)


class GoBackHandler(AbstractRequestHandler):
    """The answer to "go back to the couch stretch, which hurt?" (asked when "previous" or
    "repeat" would play an exercise left out after pain): yes plays it again; no, continue or
    next carry on without it."""

    ANSWERS = ("AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NextIntent",
               "AMAZON.ResumeIntent", "ResumeRoutineIntent")

    def can_handle(self, handler_input):
        return (intent_in(handler_input, self.ANSWERS)
                and dialog.back_to(Turn.of(handler_input).awaiting) is not None)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        step, turn.awaiting = dialog.back_to(turn.awaiting), None
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            played = versions.bring_back(turn, step)
            if played is not None:
                return played
        return flow.carry_on(turn)


class VersionHandler(AbstractRequestHandler):
    """"Make it easier", "I can't get into that", "something harder"."""

    DIRECTIONS = {"EasierIntent": EASIER, "HarderIntent": HARDER}

    def can_handle(self, handler_input):
        return intent_in(handler_input, self.DIRECTIONS)

    def handle(self, handler_input):
        intent = handler_input.request_envelope.request.intent.name
        return versions.change_version(Turn.of(handler_input), self.DIRECTIONS[intent])
