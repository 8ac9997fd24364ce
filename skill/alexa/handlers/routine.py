"""Handlers that choose, start, continue, pause and move through a routine."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name, is_request_type

from skill import screens
from skill.alexa.flows import asking, check, dialog, launch, pain, place, runs
from skill.alexa.flows import routine as flow
from skill.alexa.handlers.conversation import goes_on
from skill.alexa.handlers.progress import set_hold
from skill.alexa.slots import heard, number, value_id
from skill.alexa.turn import Turn, intent_in
from skill.catalog import ROUTINES, Routine, find_routine, routine
from skill.coach.fitting import fitting as fit_minutes
from skill.coach.runs import ToldRun
from skill.voice.text import spoken_choices


class StartRoutineHandler(AbstractRequestHandler):
    """"Start my post-run stretches", and a bare routine name answering "which routine?"."""

    def can_handle(self, handler_input):
        return is_intent_name("StartRoutineIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        said = heard(handler_input, "routine", ROUTINES)
        if said.one:
            return flow.start(turn, routine(said.one))
        if len(said.ids) > 1:
            names = spoken_choices([routine(r).name for r in said.ids], turn.locale)
            turn.awaiting = dialog.ROUTINE_CHOICE
            question = turn.text("routine.which_of", choices=names)
            return turn.reply.ask(question, question)
        offered = dialog.offered(turn.awaiting)
        pointing = not (said.words and set(said.words.lower().split()) - _POINTING)
        if offered and pointing:
            # "start it", "let's have a go at that routine": the one just offered
            return flow.start(turn, routine(offered), dialog.offered_hold(turn.awaiting))
        if pointing and (going_on := check.consent_passed_over(turn)) is not None:
            return going_on  # "let's start" while asked to keep check results: the check
        if said.words:  # words that are no routine's name: they may have said hurt
            return flow.routine_menu(turn, "routine.unknown", way_out=True)
        return flow.routine_menu(turn, "routine.which")


# Words in the routine slot that point at the routine just offered ("that one", "it").
_POINTING = frozenset({"it", "that", "this", "one", "the", "routine", "then", "now"})


def touched_routine(handler_input) -> Routine | None:
    """The routine a touch on the routine list chose (APL UserEvent ["start", id]), if any."""
    arguments = getattr(handler_input.request_envelope.request, "arguments", None)
    if (isinstance(arguments, list) and len(arguments) == 2
            and arguments[0] == screens.START_EVENT and isinstance(arguments[1], str)):
        return find_routine(arguments[1])
    return None


class TouchStartHandler(AbstractRequestHandler):
    """A routine touched on the screen's list starts as if its name had been said."""

    def can_handle(self, handler_input):
        return (is_request_type("Alexa.Presentation.APL.UserEvent")(handler_input)
                and touched_routine(handler_input) is not None)

    def handle(self, handler_input):
        return flow.start(Turn.of(handler_input), touched_routine(handler_input))


class PickFromListHandler(AbstractRequestHandler):
    """"The first one", "number two", "the last one": a routine by its place in the list the
    skill just read out; with no list open, which routine is asked. To one thing offered
    ("yeah that's the one"), it is a yes (YesHandler); to a value read back, the readback is
    asked again, as "nah, I meant the morning" may have been heard this way."""

    def can_handle(self, handler_input):
        return is_intent_name("PickFromListIntent")(handler_input) and not dialog.picked_as_yes(
            Turn.of(handler_input).awaiting)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        if dialog.reads_back(turn.awaiting):
            question = asking.question_again(turn)
            return turn.reply.ask(question, question)
        listed = turn.session.get("listed") if turn.awaiting == dialog.ROUTINE_CHOICE else None
        position = value_id(handler_input, "position")
        if isinstance(listed, list) and listed and position is not None:
            index = len(listed) - 1 if position == "last" else int(position) - 1
            if 0 <= index < len(listed) and find_routine(listed[index]) is not None:
                return flow.start(turn, find_routine(listed[index]))
        return flow.routine_menu(turn)


class ContinueHandler(AbstractRequestHandler):
    """"Continue", "keep going", "I'm ready": the next response of the routine playing (from
    where a question held it), else the saved place. To an offer, it is a yes (YesHandler)."""

    def can_handle(self, handler_input):
        return goes_on(handler_input) and not dialog.accepts_as_yes(
            Turn.of(handler_input).awaiting)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        return check.consent_passed_over(turn) or flow.carry_on(turn)


class PauseHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("AMAZON.PauseIntent")(handler_input)

    def handle(self, handler_input):
        return flow.pause(Turn.of(handler_input))


class StepHandler(AbstractRequestHandler):
    """Next, previous, repeat and start over act on whole steps of the routine. At a continue
    prompt (the response has ended), "next" simply carries on, unless a question held the
    place inside a step: then it moves to the next step."""

    def can_handle(self, handler_input):
        return intent_in(handler_input, flow.STEP_MOVES)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        intent = handler_input.request_envelope.request.intent.name
        if intent == "AMAZON.NextIntent" and (went_on := check.consent_passed_over(turn)):
            return went_on  # "next test" while asked to keep results
        playback = turn.playback
        if (intent == "AMAZON.NextIntent" and playback and playback.over_by(turn.now)
                and not playback.held_by_question):
            return flow.carry_on(turn)
        return flow.go_to_step(turn, intent)


class RunToldHandler(AbstractRequestHandler):
    """"Three hours this morning", "it's a rest day": what the run or the day calls for, by
    the rules Strava's runs go through; offered, never started unless a routine was asked for
    by name with it. A duration alone answers the hold question when that was asked, or
    corrects the hold just read back."""

    def can_handle(self, handler_input):
        return is_intent_name("RunToldIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        told = runs.told_run(handler_input)
        asked_hold = turn.awaiting == dialog.HOLD_SECONDS or dialog.hold_changing(
            turn.awaiting) is not None  # the length asked for, or another one said instead
        if asked_hold and told == ToldRun(seconds=told.seconds):
            return set_hold(turn, told.seconds)
        if (asked := heard(handler_input, "routine", ROUTINES).one) is not None:
            chosen = routine(asked)  # "i ran twenty k, start the post run one": asked for
            return flow.start(turn, chosen, runs.hold_for(turn, told, chosen))
        return runs.told(turn, told, value_id(handler_input, "situation"))


class SuggestRoutineHandler(AbstractRequestHandler):
    """"I just finished a run", "I only have five minutes": a routine that fits, offered; "what
    should I do today": the one thing next up for this runner, offered."""

    def can_handle(self, handler_input):
        return is_intent_name("SuggestRoutineIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        minutes = number(handler_input, "minutes")
        moment = value_id(handler_input, "moment")
        if moment == "before":  # "heading out in fifteen minutes": the warm-up, never holds
            return offer(turn, routine("pre_run"), "suggest.before")
        if minutes is not None:
            return offer(turn, *fitting(turn, minutes), minutes=minutes)
        if moment == "after" and (place.in_routine(turn) or place.finale(turn) is not None):
            return flow.goodbye(turn)  # "done", said mid-routine: done with it, not a run
        if moment == "after":  # with Strava linked, the run itself says what it calls for
            return runs.suggest(turn, lambda: offer(turn, routine("post_run"), "suggest.after"),
                                after_a_run=True)
        if (choices := pain.options(turn)) is not None:
            return choices  # "what should I do now?", while choosing after pain: the choice
        offered = dialog.offered(turn.awaiting)
        if offered and not place.in_routine(turn):  # "so what should I do?", to an offer
            chosen = routine(offered)
            length = flow.minutes_long(turn, chosen, dialog.offered_hold(turn.awaiting))
            lead = turn.text("suggest.offered", routine=chosen.name, length=length)
            question = turn.text("suggest.offer", routine=chosen.name)
            return turn.reply.ask(f"{lead} {question}", question)
        return runs.suggest(turn, lambda: launch.offer_next(turn, lead=turn.text(
            "suggest.general")))


def offer(turn: Turn, chosen: Routine, key: str, minutes: int = 0):
    """Offers `chosen` with its length, in the words of `key`; yes starts it."""
    turn.awaiting = dialog.offer(chosen.id)
    question = turn.text(key, routine=chosen.name, length=flow.minutes_long(turn, chosen),
                         minutes=minutes)
    return turn.reply.ask(question, turn.text("suggest.offer", routine=chosen.name))


def fitting(turn: Turn, minutes: int):
    """The routine that fits into `minutes` (skill.coach.fitting), and the words to offer it."""
    fit = fit_minutes(minutes, lambda r: flow.minutes_long(turn, r))
    return fit.routine, "suggest.minutes" if fit.fits else "suggest.too_short"
